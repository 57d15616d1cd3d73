package org.rehabrx.web.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.exercise.LibraryService;
import org.rehabrx.web.patient.PatientRegistration;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.progression.ProgressionService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Object-level authorization, enforced by the application services whatever a screen shows or hides. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class ClinicalAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PatientService patientService;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    SessionLogService sessionLogs;
    @Autowired
    ProgressionService progression;
    @Autowired
    LibraryService library;
    @Autowired
    Patients patients;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    private Patient patient;
    private Programme programme;
    private ExerciseId firstExercise;

    @BeforeEach
    void aClinicianHasAPatientWithAnActiveProgramme() {
        SignedInAs.account(context, "demo.clinician");
        var today = LocalDate.now(clock);
        patient = patientService.register(new PatientRegistration("ACC-" + System.nanoTime() % 1_000_000,
                "Jonas Weber", LocalDate.of(1970, 1, 5), Locale.GERMAN, "", "", "Forefoot pain", Side.BOTH,
                Set.of()));
        var template = library.templates().getFirst();
        var draft = programmes.startFromTemplate(patient.id(), template.id(), today, today.plusWeeks(3),
                PainScore.of(1));
        programme = programmes.activate(draft.id(), draft.version());
        firstExercise = programme.content().exercises().getFirst().exercise();
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void aClinicianOutsideTheCareTeamCanNeitherSeeNorTreatThePatient() {
        SignedInAs.account(context, "demo.clinician2");

        assertThatThrownBy(() -> patientService.find(patient.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.find(programme.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessionLogs.log(programme.id(), goodSession()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progression.evaluate(programme.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.complete(programme.id(), programme.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(patientService.myPatients()).extracting(Patient::id).doesNotContain(patient.id());
    }

    @Test
    void aPatientLogsSessionsOfTheirOwnProgrammeButChangesNothingElse() {
        var own = accounts.save(Account.open(new Username("jonas.weber"), "Jonas Weber", Role.PATIENT,
                new EncodedPassword("{noop}not used to sign in here")));
        patients.save(patients.findById(patient.id()).orElseThrow().linkedTo(own.id()));
        SignedInAs.account(context, "jonas.weber");

        var log = sessionLogs.log(programme.id(), goodSession());

        assertThat(log.enteredBy()).isEqualTo(own.id());
        assertThat(programmes.find(programme.id()).id()).isEqualTo(programme.id());
        assertThatThrownBy(() -> programmes.complete(programme.id(), programme.version()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> progression.evaluate(programme.id()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anotherPatientCannotLogAgainstThisProgramme() {
        SignedInAs.account(context, "demo.patient2");

        assertThatThrownBy(() -> sessionLogs.log(programme.id(), goodSession()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patientService.find(patient.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminSeesNoClinicalContent() {
        SignedInAs.account(context, "demo.admin");

        assertThatThrownBy(() -> patientService.find(patient.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.history(programme.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAndTheFirstChangeSurvives() {
        long loadedVersion = programme.version();
        var first = programme.content().withExerciseAt(firstExercise, 2,
                programme.content().exercises().getFirst().dosage());
        programmes.saveChanges(programme.id(), loadedVersion, first);

        assertThatThrownBy(() -> programmes.saveChanges(programme.id(), loadedVersion, programme.content()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(programmes.find(programme.id()).content().prescribed(firstExercise).orElseThrow().level())
                .isEqualTo(2);
    }

    private SessionReport goodSession() {
        return new SessionReport(firstExercise, LocalDate.now(clock), true, 2, PainScore.of(2), null, "");
    }

}
