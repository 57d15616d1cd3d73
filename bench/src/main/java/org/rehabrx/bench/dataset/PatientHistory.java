package org.rehabrx.bench.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Everything the clinic holds about one patient: the patient, their care team, their programmes with every
 * version, the session logs and the pending proposal, if any. Drawn by {@link Clinic} from the patient's own
 * random stream, so it can be drawn again, identical, for each table it feeds.
 */
record PatientHistory(Patient patient, List<UUID> careTeam, List<Programme> programmes) {

    record Patient(UUID id, String reference, String name, LocalDate dateOfBirth, String preferredLanguage,
                   String phone, String email, String condition, String conditionSide, List<String> healthFlags,
                   String status) {
    }

    record Programme(UUID id, UUID prescriber, Instant createdAt, List<Version> versions) {

        int currentNumber() {
            return versions.size();
        }
    }

    record Version(int number, String status, String title, String goal, LocalDate startDate,
                   LocalDate reviewDate, int baselinePain, Instant createdAt, List<Prescribed> exercises,
                   List<Acknowledgement> acknowledgements, List<UUID> educationBlocks, List<Log> logs,
                   @Nullable Proposal proposal) {
    }

    record Prescribed(UUID exercise, int level, Dose dose, String note) {
    }

    record Acknowledgement(UUID exercise, String flag, String reason) {
    }

    record Log(UUID id, UUID exercise, int level, LocalDate date, boolean completed, @Nullable Integer setsDone,
               @Nullable Integer painDuring, @Nullable Integer painNextMorning, String comment) {

        Instant enteredAt() {
            return date.atTime(19, 30).toInstant(ZoneOffset.UTC);
        }
    }

    record Proposal(UUID id, Prescribed from, String kind, int toLevel, Dose to, String reason, List<UUID> logs,
                    Instant createdAt) {
    }

    static final Set<String> CURRENT_STATUSES = Set.of("ACTIVE", "DRAFT", "COMPLETED");
}
