package org.rehabrx.core.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.PatientStatus;
import org.rehabrx.core.shared.Side;

class CaseloadPageTest {

    @Test
    void aFirstPageHoldsNoMoreRowsThanItsCountAndMayHoldNone() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CaseloadPage(List.of(row()), 0))
                .withMessage("A page cannot hold more rows than the list has.");
        assertThat(new CaseloadPage(List.of(), 0).rows()).isEmpty();
        assertThat(new CaseloadPage(List.of(row()), 40).total()).isEqualTo(40);
    }

    private static CaseloadRow row() {
        return new CaseloadRow(PatientId.newId(), new ClinicReference("RX-1"), "Maria Rossi", LocalDate.of(1970, 5, 1),
                56, new Condition("Metatarsalgia", Side.LEFT), PatientStatus.ACTIVE, null, null, Set.of());
    }
}
