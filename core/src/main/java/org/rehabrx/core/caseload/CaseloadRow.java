package org.rehabrx.core.caseload;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.PatientStatus;
import org.rehabrx.core.programme.ProgrammeStatus;

/**
 * One patient of a caseload.
 *
 * @param age              in whole years on the day the caseload was read
 * @param programmeStatus  the status of the current version of the patient's newest programme; {@code null}
 *                         without a programme
 * @param reviewDate       that version's review date; {@code null} without a programme
 * @param reviewReasons    why the patient needs review; empty when they do not
 */
public record CaseloadRow(PatientId id, ClinicReference reference, String name, LocalDate dateOfBirth, int age,
                          Condition condition, PatientStatus status, @Nullable ProgrammeStatus programmeStatus,
                          @Nullable LocalDate reviewDate, Set<ReviewReason> reviewReasons) {

    public CaseloadRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "date of birth");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(status, "status");
        if ((programmeStatus == null) != (reviewDate == null)) {
            throw new IllegalArgumentException("A programme has a status and a review date, or there is no programme.");
        }
        reviewReasons = reviewReasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reviewReasons));
    }

    public boolean needsReview() {
        return !reviewReasons.isEmpty();
    }
}
