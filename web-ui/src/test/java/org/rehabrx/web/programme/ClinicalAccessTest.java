package org.rehabrx.web.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.library.LibraryService;
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
        SignedInAs.account(context, linkNewPatientAccount("jonas.weber"));

        var log = sessionLogs.log(programme.id(), goodSession());

        assertThat(log.enteredBy()).isEqualTo(accounts.findByUsername(new Username("jonas.weber")).orElseThrow().id());
        assertThat(programmes.find(programme.id()).id()).isEqualTo(programme.id());
        assertThatThrownBy(() -> programmes.complete(programme.id(), programme.version()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> progression.evaluate(programme.id()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void everyUseCaseOnThePatientIsRefusedToAClinicianOutsideTheCareTeam() {
        var id = programme.id();
        long version = programme.version();
        var content = programme.content();
        SignedInAs.account(context, "demo.clinician2");

        List<ThrowingCallable> useCases = List.of(
                () -> programmes.saveChanges(id, version, content),
                () -> programmes.acknowledgeCaution(id, version, firstExercise, HealthFlag.OPEN_WOUND, "checked"),
                () -> programmes.activate(id, version),
                () -> programmes.cautionsOf(id, content),
                () -> programmes.compare(id, 1, 1),
                () -> programmes.startFromTemplate(patient.id(), library.templates().getFirst().id(),
                        content.startDate(), content.reviewDate(), PainScore.NONE),
                () -> progression.pending(id),
                () -> sessionLogs.logsOf(id),
                () -> patientService.changeHealthFlags(patient.id(), patient.version(), Set.of()),
                () -> patientService.archive(patient.id(), patient.version()));
        for (var useCase : useCases) {
            assertThatThrownBy(useCase).isInstanceOf(AccessDeniedException.class);
        }
        SignedInAs.account(context, "demo.clinician");
        assertThat(programmes.find(id)).isEqualTo(programme);
    }

    @Test
    void aPatientLinkedToAnotherRecordCannotLogAgainstThisProgramme() {
        SignedInAs.account(context, "demo.patient");

        assertThatThrownBy(() -> sessionLogs.log(programme.id(), goodSession()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(programmes.myProgrammes()).extracting(Programme::id).doesNotContain(programme.id());
    }

    @Test
    void aPatientSeesNeitherDraftsNorTheirHistory() {
        var own = linkNewPatientAccount("anna.draft");
        var today = LocalDate.now(clock);
        var draft = programmes.startFromTemplate(patient.id(), library.templates().getFirst().id(), today,
                today.plusWeeks(2), PainScore.NONE);
        SignedInAs.account(context, own);

        assertThatThrownBy(() -> programmes.find(draft.id())).isInstanceOf(NoSuchProgrammeException.class);
        assertThat(programmes.history(draft.id())).isEmpty();
        assertThat(programmes.myProgrammes()).extracting(Programme::id)
                .containsExactly(programme.id());
    }

    @Test
    void nothingIsChangedOrLoggedForAnArchivedPatient() {
        var archived = patientService.archive(patient.id(), patient.version());

        assertThatThrownBy(() -> sessionLogs.log(programme.id(), goodSession()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("archived");
        assertThatThrownBy(() -> programmes.complete(programme.id(), programme.version()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("archived");
        assertThat(patientService.find(archived.id()).isActive()).isFalse();
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

    private String linkNewPatientAccount(String username) {
        var own = accounts.save(Account.open(new Username(username), "Patient " + username, Role.PATIENT,
                new EncodedPassword("{noop}not used to sign in here")));
        patients.save(patients.findById(patient.id()).orElseThrow().linkedTo(own.id()));
        return username;
    }

    private SessionReport goodSession() {
        return new SessionReport(firstExercise, LocalDate.now(clock), true, 2, PainScore.of(2), null, "");
    }

}
