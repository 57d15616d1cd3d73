package org.rehabrx.db.access;

import org.rehabrx.core.access.LibraryVisibility;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.ExerciseId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shipped exercises have no author; a clinician's own has its author's account. */
public final class JdbcLibraryVisibility implements LibraryVisibility {

    private final JdbcClient jdbc;

    public JdbcLibraryVisibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isInLibraryOf(AccountId clinician, ExerciseId exercise) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM exercise WHERE id = ? AND (author_id IS NULL OR author_id = ?))")
                .params(exercise.value(), clinician.value())
                .query(Boolean.class)
                .single();
    }
}
