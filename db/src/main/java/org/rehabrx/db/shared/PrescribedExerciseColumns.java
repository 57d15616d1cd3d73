package org.rehabrx.db.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.PrescribedExercise;

/**
 * The columns of one {@link PrescribedExercise}, alike in {@code prescribed_exercise} and
 * {@code template_exercise}; the table adds its own key columns.
 */
public final class PrescribedExerciseColumns {

    public static final String NAMES = "exercise_id, level, " + DosageColumns.PLAIN.names() + ", clinician_note";

    public static final String PARAMETERS =
            ":exercise_id, :level, " + DosageColumns.PLAIN.parameters() + ", :clinician_note";

    private PrescribedExerciseColumns() {
    }

    public static Map<String, Object> values(PrescribedExercise prescribed) {
        var values = new LinkedHashMap<String, Object>();
        values.put("exercise_id", prescribed.exercise().value());
        values.put("level", prescribed.level());
        values.putAll(DosageColumns.PLAIN.values(prescribed.dosage()));
        values.put("clinician_note", prescribed.clinicianNote());
        return values;
    }

    public static PrescribedExercise read(ResultSet row) throws SQLException {
        return new PrescribedExercise(
                new ExerciseId(row.getObject("exercise_id", UUID.class)),
                row.getInt("level"),
                DosageColumns.PLAIN.read(row),
                row.getString("clinician_note"));
    }
}
