package org.rehabrx.db.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.rehabrx.core.programme.ProgressionRules;

/** The nine columns of {@link ProgressionRules}, named alike in {@code template} and {@code programme_version}. */
public final class ProgressionRulesColumns {

    public static final String NAMES = "sessions_required, advance_max_pain, hold_max_pain, reps_step, "
            + "hold_step_seconds, duration_step_minutes, reps_cap, hold_cap_seconds, duration_cap_minutes";

    public static final String PARAMETERS = ":sessions_required, :advance_max_pain, :hold_max_pain, :reps_step, "
            + ":hold_step_seconds, :duration_step_minutes, :reps_cap, :hold_cap_seconds, :duration_cap_minutes";

    public static final String ASSIGNMENTS = "sessions_required = :sessions_required, "
            + "advance_max_pain = :advance_max_pain, hold_max_pain = :hold_max_pain, reps_step = :reps_step, "
            + "hold_step_seconds = :hold_step_seconds, duration_step_minutes = :duration_step_minutes, "
            + "reps_cap = :reps_cap, hold_cap_seconds = :hold_cap_seconds, "
            + "duration_cap_minutes = :duration_cap_minutes";

    private ProgressionRulesColumns() {
    }

    public static Map<String, Object> values(ProgressionRules rules) {
        var values = new LinkedHashMap<String, Object>();
        values.put("sessions_required", rules.sessionsRequired());
        values.put("advance_max_pain", rules.advanceMaxPain());
        values.put("hold_max_pain", rules.holdMaxPain());
        values.put("reps_step", rules.repsStep());
        values.put("hold_step_seconds", rules.holdStepSeconds());
        values.put("duration_step_minutes", rules.durationStepMinutes());
        values.put("reps_cap", rules.repsCap());
        values.put("hold_cap_seconds", rules.holdCapSeconds());
        values.put("duration_cap_minutes", rules.durationCapMinutes());
        return values;
    }

    public static ProgressionRules read(ResultSet row) throws SQLException {
        return new ProgressionRules(
                row.getInt("sessions_required"),
                row.getInt("advance_max_pain"),
                row.getInt("hold_max_pain"),
                row.getInt("reps_step"),
                row.getInt("hold_step_seconds"),
                row.getInt("duration_step_minutes"),
                row.getInt("reps_cap"),
                row.getInt("hold_cap_seconds"),
                row.getInt("duration_cap_minutes"));
    }
}
