package org.rehabrx.core.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.PatientStatus;

class CaseloadFilterTest {

    @Test
    void theSearchIsTrimmedAndAbsentMeansEveryone() {
        assertThat(CaseloadFilter.ACTIVE_PATIENTS.withSearch("  rossi ").search()).isEqualTo("rossi");
        assertThat(CaseloadFilter.ACTIVE_PATIENTS.withSearch(null).search()).isEmpty();
    }

    @Test
    void anOverlongSearchIsRefusedWithAMessageToActOn() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CaseloadFilter.ACTIVE_PATIENTS.withSearch("x".repeat(101)))
                .withMessage("Search is too long: at most 100 characters.");
    }

    @Test
    void eachChangeKeepsTheOtherCriteria() {
        var filter = CaseloadFilter.ACTIVE_PATIENTS.withSearch("DEMO").withPatientStatus(PatientStatus.ARCHIVED)
                .withProgramme(ProgrammeFilter.DRAFT).withNeedsReviewOnly(true);

        assertThat(filter).isEqualTo(new CaseloadFilter("DEMO", PatientStatus.ARCHIVED, ProgrammeFilter.DRAFT, true));
    }

    @Test
    void aPageStartsAtZeroOrLaterAndHasAtLeastOneRow() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(-1, 25));
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(0, PageRequest.MAX_LIMIT + 1));
        assertThat(new PageRequest(50, 25).limit()).isEqualTo(25);
    }

    @Test
    void painCountsForSevenDaysIncludingToday() {
        assertThat(ReviewReason.painReportedSince(LocalDate.of(2026, 3, 9))).isEqualTo(LocalDate.of(2026, 3, 3));
    }
}
