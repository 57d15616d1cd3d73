package org.rehabrx.db.progression;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.progression.NewProposals;
import org.rehabrx.core.progression.Proposal;
import org.rehabrx.db.shared.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores a batch of proposals in one statement: each column travels as one array, the proposals whose ids are
 * not stored yet are inserted, and the logs of exactly those proposals follow in the same statement. A row at a
 * time would cost a round trip and a statement per proposal and per used log, which a first refresh of a large
 * clinic, proposing for nearly every programme, cannot afford.
 */
public final class JdbcNewProposals implements NewProposals {

    private static final String INSERT = """
            WITH given AS (
                SELECT *
                  FROM unnest(:id, :programme_id, :programme_number, :exercise_id, :kind, :from_level, :to_level,
                              :reason,
                              :from_sets, :from_reps, :from_hold_seconds, :from_duration_minutes, :from_rest_seconds,
                              :from_load_amount, :from_load_unit, :from_times_per_day, :from_days_per_week,
                              :from_side, :from_pain_limit,
                              :to_sets, :to_reps, :to_hold_seconds, :to_duration_minutes, :to_rest_seconds,
                              :to_load_amount, :to_load_unit, :to_times_per_day, :to_days_per_week,
                              :to_side, :to_pain_limit)
                    AS g(id, programme_id, programme_number, exercise_id, kind, from_level, to_level, reason,
                         from_sets, from_reps, from_hold_seconds, from_duration_minutes, from_rest_seconds,
                         from_load_amount, from_load_unit, from_times_per_day, from_days_per_week,
                         from_side, from_pain_limit,
                         to_sets, to_reps, to_hold_seconds, to_duration_minutes, to_rest_seconds,
                         to_load_amount, to_load_unit, to_times_per_day, to_days_per_week, to_side, to_pain_limit)
            ), stored AS (
                INSERT INTO proposal (id, programme_id, programme_number, exercise_id, kind, from_level, to_level,
                                      reason, status, rejection, version,
                                      from_sets, from_reps, from_hold_seconds, from_duration_minutes,
                                      from_rest_seconds, from_load_amount, from_load_unit, from_times_per_day,
                                      from_days_per_week, from_side, from_pain_limit,
                                      to_sets, to_reps, to_hold_seconds, to_duration_minutes, to_rest_seconds,
                                      to_load_amount, to_load_unit, to_times_per_day, to_days_per_week,
                                      to_side, to_pain_limit)
                SELECT id, programme_id, programme_number, exercise_id, kind, from_level, to_level,
                       reason, 'PENDING', '', 1,
                       from_sets, from_reps, from_hold_seconds, from_duration_minutes,
                       from_rest_seconds, from_load_amount, from_load_unit, from_times_per_day,
                       from_days_per_week, from_side, from_pain_limit,
                       to_sets, to_reps, to_hold_seconds, to_duration_minutes, to_rest_seconds,
                       to_load_amount, to_load_unit, to_times_per_day, to_days_per_week,
                       to_side, to_pain_limit
                  FROM given
                 ORDER BY id
                ON CONFLICT (id) DO NOTHING
                RETURNING id
            ), used AS (
                INSERT INTO proposal_log (proposal_id, position, session_log_id)
                SELECT l.proposal_id, l.position, l.session_log_id
                  FROM unnest(:log_proposal, :log_position, :log_id) AS l(proposal_id, position, session_log_id)
                  JOIN stored ON stored.id = l.proposal_id
            )
            SELECT count(*) FROM stored
            """;

    private final JdbcClient jdbc;

    public JdbcNewProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int storeMissing(List<Proposal> proposals) {
        for (var proposal : proposals) {
            if (!proposal.isNew()) {
                throw new IllegalArgumentException("Only new proposals are stored in bulk; a review is saved alone.");
            }
        }
        if (proposals.isEmpty()) {
            return 0;
        }
        var statement = jdbc.sql(INSERT)
                .param("id", uuids(proposals, proposal -> proposal.id().value()))
                .param("programme_id", uuids(proposals, proposal -> proposal.programme().value()))
                .param("programme_number", integers(proposals, Proposal::programmeVersion))
                .param("exercise_id", uuids(proposals, proposal -> proposal.exercise().value()))
                .param("kind", texts(proposals, proposal -> proposal.kind().name()))
                .param("from_level", integers(proposals, Proposal::fromLevel))
                .param("to_level", integers(proposals, Proposal::toLevel))
                .param("reason", texts(proposals, Proposal::reason));
        statement = dosages(statement, "from_", proposals, Proposal::fromDosage);
        statement = dosages(statement, "to_", proposals, Proposal::toDosage);
        var logProposals = new ArrayList<UUID>();
        var logPositions = new ArrayList<Integer>();
        var logIds = new ArrayList<UUID>();
        for (var proposal : proposals) {
            int position = 0;
            for (var log : proposal.usedLogs()) {
                logProposals.add(proposal.id().value());
                logPositions.add(++position);
                logIds.add(log.value());
            }
        }
        return statement
                .param("log_proposal", SqlArrays.uuids(logProposals))
                .param("log_position", SqlArrays.integers(logPositions))
                .param("log_id", SqlArrays.uuids(logIds))
                .query(Integer.class).single();
    }

    /** The eleven dosage columns named with the prefix, as arrays; the database checks each dosage again. */
    private static JdbcClient.StatementSpec dosages(JdbcClient.StatementSpec statement, String prefix,
                                                   List<Proposal> proposals, Function<Proposal, Dosage> dosageOf) {
        var dosages = proposals.stream().map(dosageOf).toList();
        return statement
                .param(prefix + "sets", integers(dosages, Dosage::sets))
                .param(prefix + "reps", integers(dosages, Dosage::reps))
                .param(prefix + "hold_seconds", integers(dosages, Dosage::holdSeconds))
                .param(prefix + "duration_minutes", integers(dosages, Dosage::durationMinutes))
                .param(prefix + "rest_seconds", integers(dosages, Dosage::restSeconds))
                .param(prefix + "load_amount", SqlArrays.decimals(dosages.stream()
                        .map(dosage -> dosage.load() == null ? null : dosage.load().amount()).toList()))
                .param(prefix + "load_unit", texts(dosages,
                        dosage -> dosage.load() == null ? null : dosage.load().unit().name()))
                .param(prefix + "times_per_day", integers(dosages, Dosage::timesPerDay))
                .param(prefix + "days_per_week", integers(dosages, Dosage::daysPerWeek))
                .param(prefix + "side", texts(dosages, dosage -> dosage.side().name()))
                .param(prefix + "pain_limit", integers(dosages, dosage -> dosage.painLimit().value()));
    }

    private static <T> Object uuids(List<T> rows, Function<T, UUID> value) {
        return SqlArrays.uuids(rows, value);
    }

    private static <T> Object integers(List<T> rows, Function<T, @Nullable Integer> value) {
        return SqlArrays.integers(rows.stream().map(value).toList());
    }

    private static <T> Object texts(List<T> rows, Function<T, @Nullable String> value) {
        return SqlArrays.text(rows.stream().map(value).toList());
    }
}
