package org.rehabrx.web.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The patient page's read is for the care team only, whoever asks and whatever id they send. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class TreatmentServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TreatmentService treatment;
    @Autowired
    Patients patients;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void theTreatingClinicianReadsTheWholeRecordInOneGo() {
        SignedInAs.account(context, "demo.clinician");

        var record = treatment.recordOf(maria().id());

        assertThat(record.patient().reference().value()).isEqualTo("DEMO-0001");
        assertThat(record.programme()).isNotNull();
        assertThat(record.programme().status()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(record.history()).isNotEmpty();
        assertThat(record.sessionLogs()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(record.sessionLogs()).as("newest day first")
                .isSortedAccordingTo((a, b) -> b.date().compareTo(a.date()));
        assertThat(record.sessionLogs()).allSatisfy(log -> assertThat(record.exerciseName(log.exercise()))
                .isNotEqualTo("—"));
        assertThat(record.accountName(record.history().getFirst().createdBy())).isEqualTo("Priya Shah (demo clinician)");
    }

    @Test
    void aClinicianOutsideTheCareTeamIsRefused() {
        SignedInAs.account(context, "demo.clinician2");

        assertThatThrownBy(() -> treatment.recordOf(maria().id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePatientThemselvesAndAnAdminAreRefused() {
        var id = maria().id();

        SignedInAs.account(context, "demo.patient");
        assertThatThrownBy(() -> treatment.recordOf(id)).isInstanceOf(AuthorizationDeniedException.class);

        SignedInAs.account(context, "demo.admin");
        assertThatThrownBy(() -> treatment.recordOf(id)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anUnknownIdIsRefusedExactlyLikeAnotherClinicansPatient() {
        SignedInAs.account(context, "demo.clinician2");
        var anotherClinicians = catchThrowable(() -> treatment.recordOf(maria().id()));

        var unknown = catchThrowable(() -> treatment.recordOf(PatientId.newId()));

        assertThat(unknown).isInstanceOf(AuthorizationDeniedException.class).hasSameClassAs(anotherClinicians)
                .hasMessage(anotherClinicians.getMessage());
    }

    private Patient maria() {
        return patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow();
    }
}
