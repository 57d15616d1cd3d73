package org.rehabrx.web.progression.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabrx.web.testing.UserInput.enter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.core.progression.ProposalStatus;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.patient.PatientRegistration;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.progression.ProgressionService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

/** The clinician's review of progression proposals, from three comfortable sessions to the next version. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class ProgressionReviewViewTest {

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

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    private Programme programme;
    private ExerciseId logged;

    @BeforeEach
    void aPatientDidThreeComfortableSessions() {
        ui.signInAs("demo.clinician");
        var today = LocalDate.now(clock);
        var patient = patients.register(new PatientRegistration("REV-" + System.nanoTime() % 1_000_000,
                "Ana Review", LocalDate.of(1968, 4, 2), Locale.ENGLISH, "", "", "Forefoot pain", Side.LEFT,
                Set.of()));
        var draft = programmes.startFromTemplate(patient.id(), library.templates().getFirst().id(),
                today.minusDays(7), today.plusWeeks(3), PainScore.of(2));
        programme = programmes.activate(draft.id(), draft.version());
        logged = programme.content().exercises().getFirst().exercise();
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            sessionLogs.log(programme.id(), new SessionReport(logged, today.minusDays(daysAgo), true, null,
                    PainScore.of(1), PainScore.of(1), "Felt easy"));
        }
    }

    @Test
    void loggedSessionsAreWeighedAtOnceAndTheAdvanceIsListedWithItsReasonAndTheLogsItUsed() {
        ui.navigate("review/" + programme.id().value());
        assertThat(_find(ProposalCard.class)).hasSize(1);

        _click(_get(Button.class, spec -> spec.withText("Evaluate now")));

        assertThat(_find(ProposalCard.class)).as("evaluating again adds nothing").hasSize(1);
        var card = advanceCard();
        var proposal = card.review().proposal();
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("progression-reason")).getText())
                .isEqualTo(proposal.reason()).isNotBlank();
        assertThat(proposal.toLevel()).isEqualTo(proposal.fromLevel() + 1);
        @SuppressWarnings("unchecked")
        Grid<org.rehabrx.core.sessionlog.SessionLog> logs = _get(card, Grid.class);
        assertThat(logs.getGenericDataView().getItems().toList()).hasSize(3)
                .allMatch(log -> log.painDuring().value() == 1 && log.painNextMorning().value() == 1);
        assertThat(_get(card, Anchor.class).getHref()).isEqualTo("patients/" + card.review().patientId().value());
        assertThat(_get(ProgressionReviewView.class).statusText()).isEqualTo("1 proposal is waiting for your decision.");
    }

    @Test
    void theReviewOfAllPatientsListsTheProposalToo() {
        progression.evaluate(programme.id());

        ui.navigate("review");

        assertThat(_find(ProposalCard.class)).extracting(card -> card.review().proposal().programme())
                .contains(programme.id());
    }

    @Test
    void acceptingCreatesVersionTwoAndTheProposalDisappears() {
        progression.evaluate(programme.id());
        ui.navigate("review/" + programme.id().value());
        var proposal = advanceCard().review().proposal();

        _click(_get(advanceCard(), Button.class, spec -> spec.withText("Accept")));

        assertThat(_get(ProgressionReviewView.class).statusText()).isEqualTo("Version 2 is now active.");
        var next = programmes.find(programme.id());
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.content().prescribed(logged).orElseThrow().level()).isEqualTo(proposal.toLevel());
        assertThat(_find(ProposalCard.class)).isEmpty();
        assertThat(progression.pending(programme.id())).isEmpty();
    }

    @Test
    void aDosageEditedBeforeAcceptingIsValidatedAndPrescribed() {
        progression.evaluate(programme.id());
        ui.navigate("review/" + programme.id().value());

        _click(_get(advanceCard(), Button.class, spec -> spec.withText("Edit dosage and accept")));
        var dialog = _get(AcceptWithDosageDialog.class);
        var sets = _get(dialog, IntegerField.class, spec -> spec.withLabel("Sets"));
        enter(sets, 11);
        assertThat(sets.getErrorMessage()).isEqualTo("Sets must be from 1 to 10.");
        _click(dialog.acceptButton());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(sets.getValue()).isEqualTo(11);
        assertThat(programmes.find(programme.id()).number()).isEqualTo(1);

        enter(sets, 4);
        _click(dialog.acceptButton());

        assertThat(dialog.isOpened()).isFalse();
        var next = programmes.find(programme.id());
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.content().prescribed(logged).orElseThrow().dosage().sets()).isEqualTo(4);
    }

    @Test
    void rejectingNeedsAReasonAndKeepsTheProgrammeAsItIs() {
        progression.evaluate(programme.id());
        ui.navigate("review/" + programme.id().value());
        var proposal = advanceCard().review().proposal();

        _click(_get(advanceCard(), Button.class, spec -> spec.withText("Reject")));
        var dialog = _get(RejectDialog.class);
        _click(dialog.rejectButton());

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reasonField().isInvalid()).isTrue();
        assertThat(dialog.reasonField().getErrorMessage()).isEqualTo("Give the reason for rejecting the proposal.");
        assertThat(progression.pending(programme.id())).extracting(p -> p.id()).contains(proposal.id());

        enter(dialog.reasonField(), "Wants to stay at this level until the holiday is over");
        _click(dialog.rejectButton());

        assertThat(dialog.isOpened()).isFalse();
        assertThat(progression.pending(programme.id())).isEmpty();
        assertThat(programmes.find(programme.id()).number()).isEqualTo(1);
        assertThat(_find(ProposalCard.class)).isEmpty();
    }

    @Test
    void aProposalDecidedElsewhereShowsTheStaleMessageAndRefreshesTheList() {
        progression.evaluate(programme.id());
        ui.navigate("review/" + programme.id().value());
        var proposal = advanceCard().review().proposal();
        progression.accept(proposal.id(), proposal.version(), null);

        _click(_get(advanceCard(), Button.class, spec -> spec.withText("Accept")));

        assertThat(_get(ProgressionReviewView.class).statusText()).startsWith("This proposal is out of date");
        assertThat(_find(ProposalCard.class)).isEmpty();
        assertThat(programmes.find(programme.id()).number()).isEqualTo(2);
    }

    @Test
    void aRejectionThatMeetsAStaleProposalKeepsTheTypedReason() {
        progression.evaluate(programme.id());
        ui.navigate("review/" + programme.id().value());
        var proposal = advanceCard().review().proposal();
        _click(_get(advanceCard(), Button.class, spec -> spec.withText("Reject")));
        var dialog = _get(RejectDialog.class);
        enter(dialog.reasonField(), "Not yet");
        progression.reject(proposal.id(), proposal.version(), "Decided by a colleague");

        _click(dialog.rejectButton());

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem()).startsWith("This proposal is out of date");
        assertThat(dialog.reasonField().getValue()).isEqualTo("Not yet");
    }

    @Test
    void anotherClinicianSeesNoneOfTheseProposalsAndIsRefusedTheProgramme() {
        var pending = progression.evaluate(programme.id()).stream()
                .filter(proposal -> proposal.kind() == ProposalKind.ADVANCE).findFirst().orElseThrow();
        ui.signInAs("demo.clinician2");

        ui.navigate("review");
        assertThat(_find(ProposalCard.class)).extracting(card -> card.review().proposal().programme())
                .doesNotContain(programme.id());
        assertThat(progression.pendingOfMyPatients()).extracting(review -> review.proposal().programme())
                .doesNotContain(programme.id());

        ui.navigate("review/" + programme.id().value());
        assertThat(_find(ProposalCard.class)).isEmpty();
        _get(Paragraph.class, spec -> spec.withText("This programme is not one of your patients' programmes."));

        assertThatThrownBy(() -> progression.pendingReviews(programme.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progression.accept(pending.id(), pending.version(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progression.reject(pending.id(), pending.version(), "no"))
                .isInstanceOf(AccessDeniedException.class);
        progression.evaluateMyPatients();
        ui.signInAs("demo.clinician");
        assertThat(progression.pending(programme.id())).extracting(p -> p.status())
                .containsOnly(ProposalStatus.PENDING);
        assertThat(programmes.find(programme.id()).number()).isEqualTo(1);
    }

    @Test
    void anAddressThatNamesNoProgrammeShowsNoProposals() {
        progression.evaluate(programme.id());

        ui.navigate("review/not-a-programme");

        assertThat(_find(ProposalCard.class)).isEmpty();
        _get(Paragraph.class, spec -> spec.withText("This programme is not one of your patients' programmes."));
    }

    private ProposalCard advanceCard() {
        List<ProposalCard> cards = _find(ProposalCard.class, spec -> { });
        return cards.stream().filter(card -> card.review().proposal().exercise().equals(logged))
                .filter(card -> card.review().proposal().kind() == ProposalKind.ADVANCE)
                .reduce((first, second) -> {
                    throw new AssertionError("one card per exercise");
                }).orElseThrow(() -> new AssertionError("no ADVANCE card for the logged exercise"));
    }
}
