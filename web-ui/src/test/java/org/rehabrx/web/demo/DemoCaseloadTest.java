package org.rehabrx.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class DemoCaseloadTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PatientService patientService;
    @Autowired
    SessionLogService sessionLogs;
    @Autowired
    Patients patients;
    @Autowired
    Programmes programmes;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void theDemoClinicianFindsAPatientOnTheForefootProgrammeWithLoggedSessions() {
        SignedInAs.account(context, "demo.clinician");

        var maria = patientService.myPatients().stream()
                .filter(patient -> patient.reference().equals(new ClinicReference("DEMO-0001")))
                .findFirst().orElseThrow();
        var programme = programmes.forPatient(maria.id()).getFirst();

        assertThat(programme.status()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(programme.content().title()).isEqualTo("Forefoot plantar pain (metatarsalgia 2–4)");
        assertThat(programme.content().acknowledgements()).isNotEmpty();
        assertThat(sessionLogs.logsOf(programme.id())).hasSize(4);
    }

    @Test
    void eachDemoPatientCanOpenTheirOwnRecordOnly() {
        var maria = patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow();
        var jonas = patients.findByReference(new ClinicReference("DEMO-0002")).orElseThrow();

        SignedInAs.account(context, "demo.patient");
        assertThat(patientService.find(maria.id()).name()).isEqualTo("Maria Rossi (demo patient)");

        SignedInAs.account(context, "demo.patient2");
        assertThat(patientService.find(jonas.id()).name()).isEqualTo("Jonas Weber (demo patient)");
    }
}
