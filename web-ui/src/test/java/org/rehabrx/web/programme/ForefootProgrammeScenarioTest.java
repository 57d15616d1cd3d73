package org.rehabrx.web.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.programme.Caution;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.UnacknowledgedCautionsException;
import org.rehabrx.core.progression.Proposal;
import org.rehabrx.core.progression.ProposalKind;
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
import org.springframework.test.context.ActiveProfiles;

/**
 * The forefoot pathway end to end through the application services, as a clinician works it: a patient
 * with reduced foot sensation, the shipped template, a caution to acknowledge, good sessions that earn an
 * advance, and a flare that calls for a step back.
 */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class ForefootProgrammeScenarioTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PatientService patients;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    SessionLogService sessionLogs;
    @Autowired
    ProgressionService progression;
    @Autowired
    LibraryService library;
    @Autowired
    Clock clock;

    private LocalDate today;

    @BeforeEach
    void signInAsClinician() {
        SignedInAs.account(context, "demo.clinician");
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void fromTheTemplateThroughAnAdvanceToAStepBack() {
        var patient = registerPatientWithReducedFootSensation("MT-1001");
        var draft = startForefootProgramme(patient);

        var cautions = programmes.cautionsOf(draft.id(), draft.content());
        assertThat(cautions).extracting(Caution::exerciseName).contains("Warm foot soak");
        assertThat(cautions).extracting(Caution::flag).containsOnly(HealthFlag.REDUCED_FOOT_SENSATION);
        assertThatThrownBy(() -> programmes.activate(draft.id(), draft.version()))
                .isInstanceOfSatisfying(UnacknowledgedCautionsException.class, open -> assertThat(open.cautions())
                        .extracting(Caution::exerciseName).contains("Warm foot soak"));

        var active = programmes.activate(draft.id(), acknowledgeAll(draft, cautions).version());
        assertThat(active.status()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(active.number()).isEqualTo(1);

        var toeCurls = exerciseWithKey("toe-curls");
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            logSession(active, toeCurls, today.minusDays(daysAgo), 2, 1);
        }
        var advance = proposalFor(progression.evaluate(active.id()), toeCurls);
        assertThat(advance.kind()).isEqualTo(ProposalKind.ADVANCE);
        assertThat(advance.fromLevel()).isEqualTo(1);
        assertThat(advance.toLevel()).isEqualTo(2);
        assertThat(advance.usedLogs()).hasSize(3);
        assertThat(progression.evaluate(active.id())).contains(advance);
        assertThat(progression.pending(active.id())).extracting(Proposal::id).containsExactly(advance.id());

        var second = progression.accept(advance.id(), advance.version(), null);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(second.content().prescribed(toeCurls).orElseThrow().level()).isEqualTo(2);
        var history = programmes.history(active.id());
        assertThat(history).extracting(ProgrammeVersion::number, ProgrammeVersion::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ProgrammeStatus.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, ProgrammeStatus.ACTIVE));
        assertThat(history.getFirst().content().prescribed(toeCurls).orElseThrow().level()).isEqualTo(1);
        assertThat(progression.pending(active.id())).extracting(Proposal::id).doesNotContain(advance.id());

        logSession(second, toeCurls, today, 7, null);
        var stepBack = proposalFor(progression.evaluate(active.id()), toeCurls);
        assertThat(stepBack.kind()).isEqualTo(ProposalKind.STEP_BACK);
        assertThat(stepBack.toLevel()).isEqualTo(1);
        assertThat(stepBack.reason()).contains("7/10");
    }

    private Patient registerPatientWithReducedFootSensation(String reference) {
        return patients.register(new PatientRegistration(reference, "Anna Berg", LocalDate.of(1958, 4, 12),
                Locale.ENGLISH, "", "", "Central metatarsalgia under the 2nd and 3rd metatarsal heads", Side.LEFT,
                Set.of(HealthFlag.REDUCED_FOOT_SENSATION)));
    }

    private Programme startForefootProgramme(Patient patient) {
        var template = library.templates().stream()
                .filter(candidate -> "forefoot-plantar-pain".equals(candidate.key()))
                .findFirst().orElseThrow();
        return programmes.startFromTemplate(patient.id(), template.id(), today.minusDays(7), today.plusWeeks(4),
                PainScore.of(2));
    }

    private Programme acknowledgeAll(Programme programme, List<Caution> cautions) {
        var acknowledged = programme;
        for (var caution : cautions) {
            acknowledged = programmes.acknowledgeCaution(acknowledged.id(), acknowledged.version(),
                    caution.exercise(), caution.flag(),
                    "Sensation tested with monofilament; patient checks water with the elbow first");
        }
        return acknowledged;
    }

    private ExerciseId exerciseWithKey(String key) {
        return library.exercises().stream()
                .filter(exercise -> key.equals(exercise.key()))
                .map(Exercise::id)
                .findFirst().orElseThrow();
    }

    private void logSession(Programme programme, ExerciseId exercise, LocalDate date, int painDuring,
                            Integer painNextMorning) {
        sessionLogs.log(programme.id(), new SessionReport(exercise, date, true, 3, PainScore.of(painDuring),
                painNextMorning == null ? null : PainScore.of(painNextMorning), ""));
    }

    private static Proposal proposalFor(List<Proposal> proposals, ExerciseId exercise) {
        return proposals.stream().filter(proposal -> proposal.exercise().equals(exercise)).findFirst().orElseThrow();
    }
}
