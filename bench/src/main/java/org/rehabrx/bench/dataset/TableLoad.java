package org.rehabrx.bench.dataset;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.rehabrx.bench.dataset.PatientHistory.Programme;
import org.rehabrx.bench.dataset.PatientHistory.Version;

/**
 * Loads the patients' histories table by table, parents before children so that every foreign key and
 * check is met as the rows arrive; each table is one COPY of every patient's history drawn again.
 */
final class TableLoad {

    private final Clinic clinic;
    private final int patients;
    private final Connection connection;
    private final PrintStream progress;

    TableLoad(Clinic clinic, int patients, Connection connection, PrintStream progress) {
        this.clinic = clinic;
        this.patients = patients;
        this.connection = connection;
        this.progress = progress;
    }

    void loadAll() throws SQLException {
        load("patient", "id, reference, name, date_of_birth, preferred_language, phone, email, "
                + "condition_description, condition_side, health_flags, status, version", patients, (h, copy) -> {
            var p = h.patient();
            copy.values(p.id(), p.reference(), p.name(), p.dateOfBirth(), p.preferredLanguage(), p.phone(),
                    p.email(), p.condition(), p.conditionSide(), p.healthFlags(), p.status(), 1).endRow();
        });
        load("patient_care_team", "patient_id, clinician_id", patients * 13L / 10, (h, copy) -> {
            for (UUID clinician : h.careTeam()) {
                copy.values(h.patient().id(), clinician).endRow();
            }
        });
        load("programme", "id, patient_id, prescriber_id, current_number, version, created_at",
                patients * 93L / 100, (h, copy) -> {
            for (var programme : h.programmes()) {
                copy.values(programme.id(), h.patient().id(), programme.prescriber(), programme.currentNumber(),
                        programme.currentNumber(), programme.createdAt()).endRow();
            }
        });
        load("programme_version", "programme_id, number, status, title, goal, start_date, review_date, "
                + "sessions_required, advance_max_pain, hold_max_pain, reps_step, hold_step_seconds, "
                + "duration_step_minutes, reps_cap, hold_cap_seconds, duration_cap_minutes, baseline_pain, "
                + "created_by, created_at", patients * 3L / 2, (h, copy) -> eachVersion(h, (programme, v) -> {
            copy.values(programme.id(), v.number(), v.status(), v.title(), v.goal(), v.startDate(), v.reviewDate());
            for (int rule : clinic.rules()) {
                copy.value(rule);
            }
            copy.values(v.baselinePain(), programme.prescriber(), v.createdAt()).endRow();
        }));
        load("prescribed_exercise", "programme_id, number, position, exercise_id, level, " + Dose.COLUMNS
                + ", clinician_note", patients * 143L / 10, (h, copy) -> eachVersion(h, (programme, v) -> {
            int position = 0;
            for (var item : v.exercises()) {
                copy.values(programme.id(), v.number(), ++position, item.exercise(), item.level())
                        .values(item.dose().values()).value(item.note());
                copy.endRow();
            }
        }));
        load("caution_acknowledgement", "programme_id, number, position, exercise_id, flag, reason, "
                + "acknowledged_by, acknowledged_at", patients * 11L / 10,
                (h, copy) -> eachVersion(h, (programme, v) -> {
            int position = 0;
            for (var acknowledgement : v.acknowledgements()) {
                copy.values(programme.id(), v.number(), ++position, acknowledgement.exercise(),
                        acknowledgement.flag(), acknowledgement.reason(), programme.prescriber(), v.createdAt());
                copy.endRow();
            }
        }));
        load("programme_education_block", "programme_id, number, position, education_block_id",
                patients * 2L, (h, copy) -> eachVersion(h, (programme, v) -> {
            int position = 0;
            for (var block : v.educationBlocks()) {
                copy.values(programme.id(), v.number(), ++position, block).endRow();
            }
        }));
        load("session_log", "id, programme_id, programme_number, exercise_id, level, log_date, completed, "
                + "sets_done, pain_during, pain_next_morning, comment, entered_by, entered_at, version",
                patients * 10L, (h, copy) -> eachVersion(h, (programme, v) -> {
            for (var log : v.logs()) {
                copy.values(log.id(), programme.id(), v.number(), log.exercise(), log.level(), log.date(),
                        log.completed(), log.setsDone(), log.painDuring(), log.painNextMorning(), log.comment(),
                        programme.prescriber(), log.enteredAt(), 1).endRow();
            }
        }));
        load("proposal", "id, programme_id, programme_number, exercise_id, kind, from_level, to_level, reason, "
                + "status, rejection, version, created_at, " + Dose.columns("from_") + ", " + Dose.columns("to_"),
                patients / 20, (h, copy) -> eachVersion(h, (programme, v) -> {
            var proposal = v.proposal();
            if (proposal != null) {
                copy.values(proposal.id(), programme.id(), v.number(), proposal.from().exercise(), proposal.kind(),
                        proposal.from().level(), proposal.toLevel(), proposal.reason(), "PENDING", "", 1,
                        proposal.createdAt()).values(proposal.from().dose().values())
                        .values(proposal.to().values());
                copy.endRow();
            }
        }));
        load("proposal_log", "proposal_id, position, session_log_id", patients * 6L / 100,
                (h, copy) -> eachVersion(h, (programme, v) -> {
            var proposal = v.proposal();
            if (proposal != null) {
                int position = 0;
                for (var log : proposal.logs()) {
                    copy.values(proposal.id(), ++position, log).endRow();
                }
            }
        }));
    }

    private void load(String table, String columns, long expectedRows, Rows rows) throws SQLException {
        try (var copy = CopyTable.into(connection, table, columns, expectedRows, progress)) {
            for (int n = 0; n < patients; n++) {
                rows.write(clinic.patient(n), copy);
            }
        }
    }

    private static void eachVersion(PatientHistory history, VersionRows rows) throws SQLException {
        for (Programme programme : history.programmes()) {
            for (Version version : programme.versions()) {
                rows.write(programme, version);
            }
        }
    }

    @FunctionalInterface
    private interface Rows {
        void write(PatientHistory history, CopyTable copy) throws SQLException;
    }

    @FunctionalInterface
    private interface VersionRows {
        void write(Programme programme, Version version) throws SQLException;
    }
}
