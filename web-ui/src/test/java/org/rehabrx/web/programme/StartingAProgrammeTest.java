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
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.programme.Caution;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.patient.PatientRegistration;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Starting a programme from scratch or as a copy, and handing over a new programme in place of the old. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class StartingAProgrammeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PatientService patientService;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    LibraryService library;
    @Autowired
    Clock clock;

    private LocalDate today;
    private Patient patient;

    @BeforeEach
    void aPatientWithReducedFootSensation() {
        SignedInAs.account(context, "demo.clinician");
        today = LocalDate.now(clock);
        patient = patientService.register(new PatientRegistration("START-" + System.nanoTime() % 1_000_000,
                "Ana Lopez", LocalDate.of(1958, 3, 2), Locale.ENGLISH, "", "", "Forefoot pain", Side.LEFT,
                Set.of(HealthFlag.REDUCED_FOOT_SENSATION)));
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void fromScratchIsAnEmptyDraftFollowingThePainMonitoringModel() {
        var draft = programmes.startFromScratch(patient.id(), "Forefoot rehab", today, today.plusWeeks(4),
                PainScore.of(2));

        assertThat(draft.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(draft.content().title()).isEqualTo("Forefoot rehab");
        assertThat(draft.content().exercises()).isEmpty();
        assertThat(draft.content().rules()).isEqualTo(ProgressionRules.PAIN_MONITORING_MODEL);
        assertThat(draft.content().baselinePain()).isEqualTo(PainScore.of(2));
        assertThat(programmes.programmesOf(patient.id())).extracting(Programme::id).containsExactly(draft.id());
        assertThatThrownBy(() -> programmes.activate(draft.id(), draft.version()))
                .hasMessage("Prescribe at least one exercise before the programme is handed over.");
    }

    @Test
    void aCopyIsANewDraftWithTheSameContentNewDatesAndNoAcknowledgements() {
        var active = activeFromTemplate();

        var copy = programmes.startFromCopy(active.id(), today.plusWeeks(4), today.plusWeeks(8));

        assertThat(copy.id()).isNotEqualTo(active.id());
        assertThat(copy.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(copy.number()).isEqualTo(1);
        assertThat(copy.content().exercises()).isEqualTo(active.content().exercises());
        assertThat(copy.content().orthoticNotes()).isEqualTo(active.content().orthoticNotes());
        assertThat(copy.content().educationBlocks()).isEqualTo(active.content().educationBlocks());
        assertThat(copy.content().startDate()).isEqualTo(today.plusWeeks(4));
        assertThat(copy.content().acknowledgements()).isEmpty();
        assertThat(programmes.find(active.id()).status()).isEqualTo(ProgrammeStatus.ACTIVE);
    }

    @Test
    void activatingTheCopyCompletesThePatientsActiveProgramme() {
        var active = activeFromTemplate();
        var copy = acknowledgeAll(programmes.startFromCopy(active.id(), today, today.plusWeeks(6)));

        var handedOver = programmes.activate(copy.id(), copy.version());

        assertThat(handedOver.status()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(programmes.find(active.id()).status()).isEqualTo(ProgrammeStatus.COMPLETED);
        assertThat(programmes.programmesOf(patient.id()))
                .filteredOn(programme -> programme.status() == ProgrammeStatus.ACTIVE)
                .extracting(Programme::id).containsExactly(copy.id());
    }

    @Test
    void theProgrammeEditorSeesTheLibraryEntriesOfThePrescribedExercises() {
        var draft = fromTemplate();

        assertThat(programmes.exercisesOf(draft.id())).hasSameSizeAs(draft.content().exercises());
    }

    @Test
    void aClinicianOutsideTheCareTeamCanNeitherStartNorCopyNorList() {
        var active = activeFromTemplate();
        SignedInAs.account(context, "demo.clinician2");

        assertThatThrownBy(() -> programmes.startFromScratch(patient.id(), "Mine now", today, today.plusWeeks(1),
                PainScore.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.startFromCopy(active.id(), today, today.plusWeeks(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.programmesOf(patient.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.exercisesOf(active.id())).isInstanceOf(AccessDeniedException.class);
        SignedInAs.account(context, "demo.clinician");
        assertThat(programmes.programmesOf(patient.id())).extracting(Programme::id).containsExactly(active.id());
    }

    @Test
    void aPatientCannotStartAProgramme() {
        SignedInAs.account(context, "demo.patient");

        assertThatThrownBy(() -> programmes.startFromScratch(patient.id(), "Mine", today, today.plusWeeks(1),
                PainScore.NONE)).isInstanceOf(AccessDeniedException.class);
    }

    private Programme fromTemplate() {
        return programmes.startFromTemplate(patient.id(), library.templates().getFirst().id(), today,
                today.plusWeeks(4), PainScore.of(2));
    }

    private Programme activeFromTemplate() {
        var draft = acknowledgeAll(fromTemplate());
        return programmes.activate(draft.id(), draft.version());
    }

    private Programme acknowledgeAll(Programme programme) {
        var current = programme;
        for (Caution caution : programmes.cautionsOf(programme.id(), programme.content())) {
            current = programmes.acknowledgeCaution(current.id(), current.version(), caution.exercise(),
                    caution.flag(), "Sensation checked with a monofilament.");
        }
        return current;
    }
}
