package org.rehabrx.db.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.OrthoticType;
import org.rehabrx.core.shared.Side;

/**
 * The columns of one {@link OrthoticNote}, alike in {@code programme_orthotic_note} and
 * {@code template_orthotic_note}; the table adds its own key columns.
 */
public final class OrthoticNoteColumns {

    public static final String NAMES = "type, side, placement, wear_schedule, instructions";

    public static final String PARAMETERS = ":type, :side, :placement, :wear_schedule, :instructions";

    private OrthoticNoteColumns() {
    }

    public static Map<String, Object> values(OrthoticNote note) {
        var values = new LinkedHashMap<String, Object>();
        values.put("type", note.type().name());
        values.put("side", note.side().name());
        values.put("placement", note.placement());
        values.put("wear_schedule", note.wearSchedule());
        values.put("instructions", note.instructions());
        return values;
    }

    public static OrthoticNote read(ResultSet row) throws SQLException {
        return new OrthoticNote(
                OrthoticType.valueOf(row.getString("type")),
                Side.valueOf(row.getString("side")),
                row.getString("placement"),
                row.getString("wear_schedule"),
                row.getString("instructions"));
    }
}
