package org.rehabrx.bench.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exercises programmes are drawn from, as stored: the shipped ones every clinician sees and each
 * clinician's own copies, with their caution flags and the default dosage of every level; plus the
 * education blocks and the progression rules of the shipped template.
 */
record Library(List<LibraryExercise> shipped, Map<UUID, List<LibraryExercise>> ownByAuthor,
               List<UUID> educationBlocks, int[] rules) {

    /** An exercise with its caution flags and the default dosage of level n at index n - 1. */
    record LibraryExercise(UUID id, Set<String> cautionFlags, List<Dose> levels) {
    }

    static Library read(JdbcClient jdbc) {
        var levels = new LinkedHashMap<UUID, List<Dose>>();
        jdbc.sql("""
                SELECT exercise_id, default_sets, default_reps, default_hold_seconds, default_duration_minutes,
                       default_rest_seconds, default_load_amount, default_load_unit, default_times_per_day,
                       default_days_per_week, default_side, default_pain_limit
                  FROM exercise_level ORDER BY exercise_id, number
                """).query(row -> {
            levels.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>()).add(new Dose(
                    row.getInt(2), (Integer) row.getObject(3), (Integer) row.getObject(4),
                    (Integer) row.getObject(5), row.getInt(6), (BigDecimal) row.getObject(7), row.getString(8),
                    row.getInt(9), row.getInt(10), row.getString(11), row.getInt(12)));
        });
        var shipped = new ArrayList<LibraryExercise>();
        var own = new LinkedHashMap<UUID, List<LibraryExercise>>();
        jdbc.sql("SELECT id, caution_flags, author_id FROM exercise ORDER BY origin, key, name, id").query(row -> {
            var id = row.getObject(1, UUID.class);
            var flags = new HashSet<>(List.of((String[]) row.getArray(2).getArray()));
            var exercise = new LibraryExercise(id, flags, levels.get(id));
            var author = row.getObject(3, UUID.class);
            if (author == null) {
                shipped.add(exercise);
            } else {
                own.computeIfAbsent(author, a -> new ArrayList<>()).add(exercise);
            }
        });
        var blocks = jdbc.sql("SELECT id FROM education_block ORDER BY key").query(UUID.class).list();
        int[] rules = jdbc.sql("""
                SELECT sessions_required, advance_max_pain, hold_max_pain, reps_step, hold_step_seconds,
                       duration_step_minutes, reps_cap, hold_cap_seconds, duration_cap_minutes FROM template
                """).query((row, n) -> {
            int[] values = new int[9];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getInt(i + 1);
            }
            return values;
        }).single();
        return new Library(List.copyOf(shipped), own, blocks, rules);
    }

    /** What a clinician can prescribe: the shipped exercises and their own. */
    List<LibraryExercise> availableTo(UUID clinician) {
        var available = new ArrayList<>(shipped);
        available.addAll(ownByAuthor.getOrDefault(clinician, List.of()));
        return available;
    }
}
