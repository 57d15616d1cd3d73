package org.rehabrx.db.treatment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.treatment.Labels;
import org.rehabrx.core.treatment.TreatmentLabels;
import org.rehabrx.db.shared.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One query for every kind of name: one row per name, tagged with its kind, levels in order. */
public final class JdbcTreatmentLabels implements TreatmentLabels {

    private static final String SELECT = """
            SELECT 'EXERCISE' AS kind, id, 0 AS number, name FROM exercise WHERE id = ANY(:exercises)
            UNION ALL
            SELECT 'LEVEL', exercise_id, number, name FROM exercise_level WHERE exercise_id = ANY(:exercises)
            UNION ALL
            SELECT 'EDUCATION_BLOCK', id, 0, title FROM education_block WHERE id = ANY(:blocks)
            UNION ALL
            SELECT 'ACCOUNT', id, 0, display_name FROM account WHERE id = ANY(:accounts)
            ORDER BY kind, id, number""";

    private final JdbcClient jdbc;

    public JdbcTreatmentLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Labels of(Collection<ExerciseId> exercises, Collection<EducationBlockId> educationBlocks,
                     Collection<AccountId> accounts) {
        if (exercises.isEmpty() && educationBlocks.isEmpty() && accounts.isEmpty()) {
            return Labels.NONE;
        }
        var exerciseNames = new HashMap<ExerciseId, String>();
        var levelNames = new HashMap<ExerciseId, List<String>>();
        var blockTitles = new HashMap<EducationBlockId, String>();
        var accountNames = new HashMap<AccountId, String>();
        jdbc.sql(SELECT)
                .param("exercises", SqlArrays.uuids(exercises, ExerciseId::value))
                .param("blocks", SqlArrays.uuids(educationBlocks, EducationBlockId::value))
                .param("accounts", SqlArrays.uuids(accounts, AccountId::value))
                .query(row -> {
                    var id = row.getObject("id", UUID.class);
                    var name = row.getString("name");
                    switch (row.getString("kind")) {
                        case "EXERCISE" -> exerciseNames.put(new ExerciseId(id), name);
                        case "LEVEL" -> levelNames.computeIfAbsent(new ExerciseId(id), key -> new ArrayList<>())
                                .add(name);
                        case "EDUCATION_BLOCK" -> blockTitles.put(new EducationBlockId(id), name);
                        default -> accountNames.put(new AccountId(id), name);
                    }
                });
        return new Labels(exerciseNames, levelNames, blockTitles, accountNames);
    }
}
