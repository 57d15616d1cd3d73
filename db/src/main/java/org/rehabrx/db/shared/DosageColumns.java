package org.rehabrx.db.shared;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The eleven columns that hold one {@link Dosage} in a row, all named with the same prefix: {@code sets},
 * {@code reps}, … in a prescribed exercise, {@code default_sets}, … in an exercise level, {@code from_sets},
 * {@code to_sets}, {@code accepted_sets}, … in a proposal. The named SQL parameters carry the column names.
 * The database checks each set of columns with {@code dosage_is_valid(...)}.
 */
public final class DosageColumns {

    /** Dosage columns without a prefix. */
    public static final DosageColumns PLAIN = new DosageColumns("");

    private static final List<String> COLUMNS = List.of("sets", "reps", "hold_seconds", "duration_minutes",
            "rest_seconds", "load_amount", "load_unit", "times_per_day", "days_per_week", "side", "pain_limit");

    private final String prefix;

    private DosageColumns(String prefix) {
        this.prefix = prefix;
    }

    /** The dosage columns named {@code prefix + "sets"}, {@code prefix + "reps"}, … */
    public static DosageColumns prefixed(String prefix) {
        return new DosageColumns(prefix);
    }

    /** The column names for a column list, e.g. {@code to_sets, to_reps, …}. */
    public String names() {
        return COLUMNS.stream().map(column -> prefix + column).collect(Collectors.joining(", "));
    }

    /** The named parameters for a VALUES list, e.g. {@code :to_sets, :to_reps, …}. */
    public String parameters() {
        return COLUMNS.stream().map(column -> ":" + prefix + column).collect(Collectors.joining(", "));
    }

    /** The SET list of an UPDATE, e.g. {@code to_sets = :to_sets, …}. */
    public String assignments() {
        return COLUMNS.stream().map(column -> prefix + column + " = :" + prefix + column)
                .collect(Collectors.joining(", "));
    }

    /** The values of the named parameters; every column is empty when there is no dosage. */
    public Map<String, Object> values(@Nullable Dosage dosage) {
        var load = dosage == null ? null : dosage.load();
        var values = new LinkedHashMap<String, Object>();
        values.put(prefix + "sets", typed(Types.INTEGER, dosage == null ? null : dosage.sets()));
        values.put(prefix + "reps", typed(Types.INTEGER, dosage == null ? null : dosage.reps()));
        values.put(prefix + "hold_seconds", typed(Types.INTEGER, dosage == null ? null : dosage.holdSeconds()));
        values.put(prefix + "duration_minutes",
                typed(Types.INTEGER, dosage == null ? null : dosage.durationMinutes()));
        values.put(prefix + "rest_seconds", typed(Types.INTEGER, dosage == null ? null : dosage.restSeconds()));
        values.put(prefix + "load_amount", typed(Types.NUMERIC, load == null ? null : load.amount()));
        values.put(prefix + "load_unit", typed(Types.VARCHAR, load == null ? null : load.unit().name()));
        values.put(prefix + "times_per_day", typed(Types.INTEGER, dosage == null ? null : dosage.timesPerDay()));
        values.put(prefix + "days_per_week", typed(Types.INTEGER, dosage == null ? null : dosage.daysPerWeek()));
        values.put(prefix + "side", typed(Types.VARCHAR, dosage == null ? null : dosage.side().name()));
        values.put(prefix + "pain_limit",
                typed(Types.SMALLINT, dosage == null ? null : dosage.painLimit().value()));
        return values;
    }

    /** The dosage of the current row. */
    public Dosage read(ResultSet row) throws SQLException {
        BigDecimal loadAmount = row.getBigDecimal(prefix + "load_amount");
        Load load = loadAmount == null ? null
                : new Load(loadAmount, LoadUnit.valueOf(row.getString(prefix + "load_unit")));
        return new Dosage(
                row.getInt(prefix + "sets"),
                row.getObject(prefix + "reps", Integer.class),
                row.getObject(prefix + "hold_seconds", Integer.class),
                row.getObject(prefix + "duration_minutes", Integer.class),
                row.getInt(prefix + "rest_seconds"),
                load,
                row.getInt(prefix + "times_per_day"),
                row.getInt(prefix + "days_per_week"),
                Side.valueOf(row.getString(prefix + "side")),
                PainScore.of(row.getInt(prefix + "pain_limit")));
    }

    /** The dosage of the current row, or {@code null} where its columns are empty. */
    public @Nullable Dosage readOptional(ResultSet row) throws SQLException {
        return row.getObject(prefix + "sets") == null ? null : read(row);
    }

    private static SqlParameterValue typed(int sqlType, @Nullable Object value) {
        return new SqlParameterValue(sqlType, value);
    }
}
