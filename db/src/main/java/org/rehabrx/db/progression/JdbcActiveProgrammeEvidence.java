package org.rehabrx.db.progression;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.progression.ActiveProgrammeEvidence;
import org.rehabrx.core.progression.ProgrammeEvidence;
import org.rehabrx.core.progression.ProposalId;
import org.rehabrx.core.progression.VersionPrescription;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.db.sessionlog.JdbcSessionLogs;
import org.rehabrx.db.shared.PrescribedExerciseColumns;
import org.rehabrx.db.shared.ProgressionRulesColumns;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads every active programme of an active patient with four queries, however many there are: the programmes
 * with the rules and baseline pain of the version in force, the prescribed exercises, the session logs and the
 * pending proposals, each ordered by programme id; the two large ones, prescribed exercises and logs, in the
 * order their primary or programme index already keeps, so that the database need not sort them. No query is
 * repeated per programme. The four results are fetched a slice at a time and walked side by side, like a merge
 * join, handing over one programme at a time. They are read in the caller's transaction, which the driver needs
 * in order to fetch in slices.
 *
 * <p>Versions are numbered 1, 2, … without gaps up to the version in force, so a version that prescribed
 * nothing is known by its number alone. Rows of programmes that are not active are passed over; so are
 * reviewed proposals, which the store passes over as well.
 */
public final class JdbcActiveProgrammeEvidence implements ActiveProgrammeEvidence {

    /** Rows fetched per round trip: few round trips, little held. */
    private static final int FETCH_SIZE = 2_000;

    private static final String PROGRAMMES = "SELECT p.id, p.current_number, v.baseline_pain, "
            + ProgressionRulesColumns.NAMES + """

              FROM programme p
              JOIN programme_version v ON v.programme_id = p.id AND v.number = p.current_number
              JOIN patient pa ON pa.id = p.patient_id
             WHERE v.status = 'ACTIVE' AND pa.status = 'ACTIVE'
             ORDER BY p.id
            """;

    private static final String PRESCRIBED = "SELECT programme_id, number, " + PrescribedExerciseColumns.NAMES
            + " FROM prescribed_exercise ORDER BY programme_id, number, position";

    private static final String LOGS = "SELECT " + JdbcSessionLogs.COLUMNS
            + " FROM session_log ORDER BY programme_id";

    private static final String PENDING_PROPOSALS =
            "SELECT programme_id, id FROM proposal WHERE status = 'PENDING' ORDER BY programme_id";

    private final JdbcClient jdbc;

    public JdbcActiveProgrammeEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEach(Consumer<ProgrammeEvidence> consumer) {
        try (var programmes = jdbc.sql(PROGRAMMES).withFetchSize(FETCH_SIZE)
                .query((row, number) -> Head.of(row)).stream();
             var prescribed = jdbc.sql(PRESCRIBED).withFetchSize(FETCH_SIZE)
                     .query((row, number) -> Prescribed.of(row)).stream();
             var logs = jdbc.sql(LOGS).withFetchSize(FETCH_SIZE)
                     .query((row, number) -> JdbcSessionLogs.read(row)).stream();
             var pending = jdbc.sql(PENDING_PROPOSALS).withFetchSize(FETCH_SIZE)
                     .query((row, number) -> Pending.of(row)).stream()) {
            var prescribedOf = new ByProgramme<>(prescribed, Prescribed::programme);
            var logsOf = new ByProgramme<>(logs, log -> log.programme().value());
            var pendingOf = new ByProgramme<>(pending, Pending::programme);
            programmes.forEach(head -> consumer.accept(new ProgrammeEvidence(new ProgrammeId(head.id()),
                    versions(head, prescribedOf.rowsOf(head.id())), head.rules(), head.baselinePain(),
                    logsOf.rowsOf(head.id()), proposalIds(pendingOf.rowsOf(head.id())))));
        }
    }

    private static List<VersionPrescription> versions(Head head, List<Prescribed> rows) {
        var versions = new ArrayList<VersionPrescription>(head.currentNumber());
        int row = 0;
        for (int number = 1; number <= head.currentNumber(); number++) {
            var exercises = new ArrayList<PrescribedExercise>();
            while (row < rows.size() && rows.get(row).number() == number) {
                exercises.add(rows.get(row++).exercise());
            }
            versions.add(new VersionPrescription(number, exercises));
        }
        return versions;
    }

    private static Set<ProposalId> proposalIds(List<Pending> rows) {
        var ids = new HashSet<ProposalId>();
        rows.forEach(row -> ids.add(row.id()));
        return ids;
    }

    /**
     * The ordering PostgreSQL gives uuids: their sixteen bytes compared unsigned, which is not the order of
     * {@link UUID#compareTo}.
     */
    static int compareAsStored(UUID left, UUID right) {
        int most = Long.compareUnsigned(left.getMostSignificantBits(), right.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(left.getLeastSignificantBits(), right.getLeastSignificantBits());
    }

    /** Rows in programme order, taken programme by programme as the programmes go by in the same order. */
    private static final class ByProgramme<T> {

        private final Iterator<T> rows;
        private final Function<T, UUID> programmeOf;
        private @Nullable T next;

        ByProgramme(Stream<T> rows, Function<T, UUID> programmeOf) {
            this.rows = rows.iterator();
            this.programmeOf = programmeOf;
            this.next = this.rows.hasNext() ? this.rows.next() : null;
        }

        /** The rows of the programme, after passing over those of programmes before it. */
        List<T> rowsOf(UUID programme) {
            while (next != null && compareAsStored(programmeOf.apply(next), programme) < 0) {
                advance();
            }
            var of = new ArrayList<T>();
            while (next != null && programmeOf.apply(next).equals(programme)) {
                of.add(next);
                advance();
            }
            return of;
        }

        private void advance() {
            next = rows.hasNext() ? rows.next() : null;
        }
    }

    /** A programme's row with the version in force. */
    private record Head(UUID id, int currentNumber, ProgressionRules rules, PainScore baselinePain) {

        static Head of(ResultSet row) throws SQLException {
            return new Head(row.getObject("id", UUID.class), row.getInt("current_number"),
                    ProgressionRulesColumns.read(row), PainScore.of(row.getInt("baseline_pain")));
        }
    }

    private record Prescribed(UUID programme, int number, PrescribedExercise exercise) {

        static Prescribed of(ResultSet row) throws SQLException {
            return new Prescribed(row.getObject("programme_id", UUID.class), row.getInt("number"),
                    PrescribedExerciseColumns.read(row));
        }
    }

    private record Pending(UUID programme, ProposalId id) {

        static Pending of(ResultSet row) throws SQLException {
            return new Pending(row.getObject("programme_id", UUID.class), new ProposalId(row.getObject("id", UUID.class)));
        }
    }
}
