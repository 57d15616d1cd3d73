package org.rehabrx.core.caseload;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.patient.PatientStatus;
import org.rehabrx.core.shared.Text;

/**
 * What a clinician narrows their caseload to.
 *
 * @param search          part of the name or clinic reference, in any case; empty to list everyone
 * @param patientStatus   active or archived patients
 * @param programme       the status of the patient's current programme
 * @param needsReviewOnly only patients with at least one {@link ReviewReason}
 */
public record CaseloadFilter(String search, PatientStatus patientStatus, ProgrammeFilter programme,
                             boolean needsReviewOnly) {

    public static final int MAX_SEARCH_LENGTH = 100;

    /** Every active patient. */
    public static final CaseloadFilter ACTIVE_PATIENTS =
            new CaseloadFilter("", PatientStatus.ACTIVE, ProgrammeFilter.ANY, false);

    public CaseloadFilter(@Nullable String search, PatientStatus patientStatus, ProgrammeFilter programme,
                          boolean needsReviewOnly) {
        this.search = Text.optional(search, "the search", MAX_SEARCH_LENGTH);
        this.patientStatus = Objects.requireNonNull(patientStatus, "patient status");
        this.programme = Objects.requireNonNull(programme, "programme filter");
        this.needsReviewOnly = needsReviewOnly;
    }

    public CaseloadFilter withSearch(@Nullable String newSearch) {
        return new CaseloadFilter(newSearch, patientStatus, programme, needsReviewOnly);
    }

    public CaseloadFilter withPatientStatus(PatientStatus newStatus) {
        return new CaseloadFilter(search, newStatus, programme, needsReviewOnly);
    }

    public CaseloadFilter withProgramme(ProgrammeFilter newProgramme) {
        return new CaseloadFilter(search, patientStatus, newProgramme, needsReviewOnly);
    }

    public CaseloadFilter withNeedsReviewOnly(boolean onlyNeedingReview) {
        return new CaseloadFilter(search, patientStatus, programme, onlyNeedingReview);
    }
}
