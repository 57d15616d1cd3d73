package org.rehabrx.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.progression.Proposal;
import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.portal.MyProgramme.ExerciseCard;
import org.rehabrx.web.portal.PortalFixture.PatientOnProgramme;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.progression.ProgressionService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.web.shared.DomainMessages;
import org.rehabrx.web.shared.Translations;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The portal's service against the real database, signed in as a patient linked to their record. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class PortalServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PortalService portal;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    SessionLogService sessionLogService;
    @Autowired
    ProgressionService progression;
    @Autowired
    SessionLogs sessionLogs;
    @Autowired
    Exercises exercises;
    @Autowired
    Clock clock;

    private PatientOnProgramme mine;
    private LocalDate today;

    @BeforeEach
    void aPatientOnAnActiveProgramme() {
        mine = new PortalFixture(context).patientOnProgramme(Locale.ENGLISH);
        today = LocalDate.now(clock);
        SignedInAs.account(context, mine.username());
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void aPatientSeesTheirOwnActiveProgrammeAndNobodyElseSeesItThroughThePortal() {
        var shown = portal.myProgramme().programme().orElseThrow();

        assertThat(shown.id()).isEqualTo(mine.programme().id());
        assertThat(shown.exercises()).extracting(ExerciseCard::exercise)
                .containsExactlyElementsOf(mine.programme().content().exercises().stream().map(p -> p.exercise()).toList());

        SignedInAs.account(context, "demo.patient");
        assertThat(portal.myProgramme().programme()).map(MyProgramme.Shown::id).isPresent()
                .get().isNotEqualTo(mine.programme().id());

        SignedInAs.account(context, "demo.clinician");
        assertThatThrownBy(() -> portal.myProgramme()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> portal.logToday(List.of(done(firstExercise(), 1)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPatientWithoutAProgrammeFindsAnEmptyPortalAndNothingToLog() {
        SignedInAs.account(context, new PortalFixture(context).patientWithoutProgramme(Locale.ENGLISH));

        assertThat(portal.myProgramme().programme()).isEmpty();
        assertThat(portal.todaysSession().hasProgramme()).isFalse();
        assertThatThrownBy(() -> portal.logToday(List.of(done(firstExercise(), 1))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyExerciseComesWithItsDosageInPlainWordsAndADrawing() {
        var card = portal.myProgramme().programme().orElseThrow().exercises().getFirst();
        var prescribed = mine.programme().content().exercises().getFirst();

        assertThat(card.dosage()).isEqualTo(prescribed.dosage().sentence(Locale.ENGLISH));
        assertThat(card.steps()).isNotEmpty();
        assertThat(card.levelName()).isEqualTo(exercises.findById(prescribed.exercise()).orElseThrow()
                .level(prescribed.level()).name());
        assertThat(card.illustrations()).isNotEmpty()
                .allSatisfy(illustration -> assertThat(illustration.drawingSvg()).startsWith("<svg"));
    }

    @Test
    void aSpanishSpeakingPatientReadsTheShippedContentInSpanish() {
        var spanish = new PortalFixture(context).patientOnProgramme(Translations.SPANISH);
        SignedInAs.account(context, spanish.username());

        var mineInSpanish = portal.myProgramme();
        var card = mineInSpanish.programme().orElseThrow().exercises().getFirst();
        var exercise = exercises.findById(card.exercise()).orElseThrow();

        assertThat(mineInSpanish.language().getLanguage()).isEqualTo("es");
        assertThat(card.name()).isEqualTo(exercise.in(Translations.SPANISH).name()).isNotEqualTo(exercise.name());
        assertThat(card.dosage()).isEqualTo(spanish.programme().content().exercises().getFirst().dosage()
                .sentence(Translations.SPANISH));
    }

    @Test
    void todaysSessionIsLoggedForThePatientAndTheProgressionEngineWeighsIt() {
        var first = firstExercise();
        var second = mine.programme().content().exercises().get(1).exercise();
        sessionLogService.log(mine.programme().id(), comfortable(first, today.minusDays(2), PainScore.of(0)));
        sessionLogService.log(mine.programme().id(), comfortable(first, today.minusDays(1), PainScore.of(0)));

        int logged = portal.logToday(List.of(done(first, 2),
                new ExerciseOutcome(second, false, null, "Too tired today")));

        assertThat(logged).isEqualTo(2);
        var todays = logsOf(mine.programme().id()).stream().filter(log -> log.date().equals(today)).toList();
        assertThat(todays).extracting(SessionLog::exercise).containsExactlyInAnyOrder(first, second);
        assertThat(todays).allSatisfy(log -> assertThat(log.programmeVersion()).isEqualTo(1));
        assertThat(portal.todaysSession().exercises()).filteredOn(TodaysSession.ExerciseToLog::loggedToday)
                .extracting(TodaysSession.ExerciseToLog::exercise).containsExactlyInAnyOrder(first, second);
        var todaysFirst = todays.stream().filter(log -> log.exercise().equals(first)).findFirst().orElseThrow();
        assertThat(pendingFor(first)).extracting(Proposal::usedLogs).anySatisfy(used -> assertThat(used).contains(todaysFirst.id()));
    }

    @Test
    void thisMorningsPainCompletesYesterdaysSessionAndEarnsAnAdvanceAfterThreeComfortableSessions() {
        var first = firstExercise();
        sessionLogService.log(mine.programme().id(), comfortable(first, today.minusDays(3), PainScore.of(0)));
        sessionLogService.log(mine.programme().id(), comfortable(first, today.minusDays(2), PainScore.of(1)));
        sessionLogService.log(mine.programme().id(), comfortable(first, today.minusDays(1), null));
        assertThat(pendingFor(first)).extracting(Proposal::kind).doesNotContain(ProposalKind.ADVANCE);

        SignedInAs.account(context, mine.username());
        assertThat(portal.todaysSession().awaitingNextMorning()).isNotEmpty();
        int completed = portal.logNextMorningPain(PainScore.of(1));

        assertThat(completed).isEqualTo(1);
        assertThat(portal.todaysSession().awaitingNextMorning()).isEmpty();
        assertThat(pendingFor(first)).extracting(Proposal::kind).contains(ProposalKind.ADVANCE);
        assertThatThrownBy(() -> portal.logNextMorningPain(PainScore.of(1))).isInstanceOf(IllegalStateException.class)
                .satisfies(refused -> assertThat(DomainMessages.translate(refused.getMessage(), Translations.SPANISH))
                        .isEqualTo("No hay ninguna sesión de ayer pendiente del dolor de esta mañana."));
    }

    @Test
    void aDoneExerciseWithoutAPainRatingIsRefusedAndNothingOfTheSessionIsStored() {
        var second = mine.programme().content().exercises().get(1).exercise();

        assertThatThrownBy(() -> portal.logToday(List.of(done(firstExercise(), 1),
                new ExerciseOutcome(second, true, null, ""))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rate the pain during the exercise from 0 to 10.");
        assertThat(logsOf(mine.programme().id())).isEmpty();
    }

    @Test
    void aNewVersionIsAnnouncedUntilThePatientDismissesTheNotice() {
        assertThat(portal.myProgramme().programme().orElseThrow().change()).isEmpty();

        var first = firstExercise();
        changeTheFirstExerciseToLevel(2);

        SignedInAs.account(context, mine.username());
        var change = portal.myProgramme().programme().orElseThrow().change().orElseThrow();
        var name = exercises.findById(first).orElseThrow().name();
        assertThat(change.seenNumber()).isEqualTo(1);
        assertThat(change.currentNumber()).isEqualTo(2);
        assertThat(change.changedExercises()).containsExactly(name);
        assertThat(change.since()).isEqualTo(today);

        portal.dismissChangeNotice(2);

        assertThat(portal.myProgramme().programme().orElseThrow().change()).isEmpty();

        changeTheFirstExerciseToLevel(1);
        SignedInAs.account(context, mine.username());
        var next = portal.myProgramme().programme().orElseThrow().change().orElseThrow();
        assertThat(next.seenNumber()).isEqualTo(2);
        assertThat(next.currentNumber()).isEqualTo(3);
    }

    @Test
    void dismissingAnOlderNoticeLeavesANewerVersionAnnounced() {
        changeTheFirstExerciseToLevel(2);
        changeTheFirstExerciseToLevel(1);
        SignedInAs.account(context, mine.username());

        portal.dismissChangeNotice(2);

        var change = portal.myProgramme().programme().orElseThrow().change().orElseThrow();
        assertThat(change.seenNumber()).isEqualTo(2);
        assertThat(change.currentNumber()).isEqualTo(3);
    }

    private void changeTheFirstExerciseToLevel(int level) {
        SignedInAs.account(context, "demo.clinician");
        var current = programmes.find(mine.programme().id());
        var first = current.content().exercises().getFirst();
        programmes.saveChanges(current.id(), current.version(),
                current.content().withExerciseAt(first.exercise(), level, first.dosage()));
    }

    private ExerciseId firstExercise() {
        return mine.programme().content().exercises().getFirst().exercise();
    }

    private static ExerciseOutcome done(ExerciseId exercise, int pain) {
        return new ExerciseOutcome(exercise, true, PainScore.of(pain), "");
    }

    private static SessionReport comfortable(ExerciseId exercise, LocalDate day, PainScore nextMorning) {
        return new SessionReport(exercise, day, true, null, PainScore.of(1), nextMorning, "");
    }

    private List<SessionLog> logsOf(ProgrammeId programme) {
        return sessionLogs.forProgramme(programme);
    }

    private List<Proposal> pendingFor(ExerciseId exercise) {
        SignedInAs.account(context, "demo.clinician");
        try {
            return progression.pending(mine.programme().id()).stream()
                    .filter(proposal -> proposal.exercise().equals(exercise)).toList();
        } finally {
            SignedInAs.account(context, mine.username());
        }
    }
}
