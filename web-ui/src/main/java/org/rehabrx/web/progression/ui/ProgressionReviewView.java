package org.rehabrx.web.progression.ui;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.shared.ConcurrentChangeException;
import org.rehabrx.web.programme.NoSuchProgrammeException;
import org.rehabrx.web.progression.ProgressionService;
import org.rehabrx.web.progression.ProposalForReview;
import org.rehabrx.web.progression.StaleProposalException;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import org.springframework.security.access.AccessDeniedException;

import jakarta.annotation.security.RolesAllowed;

/**
 * Pending progression proposals of all the clinician's patients ({@code review}) or of one programme
 * ({@code review/<programmeId>}): accept in one click, accept with an edited dosage, or reject with a reason.
 */
@Route("review")
@RouteAlias("review/:programmeId")
@Menu(order = 20, icon = "TRENDING_UP", title = "progression.nav")
@RolesAllowed("CLINICIAN")
public class ProgressionReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgressionService progression;
    private final Paragraph status = new Paragraph();
    private final Div cards = new Div();
    private final Div scope = new Div();
    private @Nullable ProgrammeId programme;
    private boolean unknownProgramme;

    public ProgressionReviewView(ProgressionService progression) {
        this.progression = progression;
        addClassNames("app-view", "progression-view");
        status.addClassName("progression-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        cards.addClassName("progression-cards");
        var evaluate = new Button(getTranslation("progression.action.evaluate"), VaadinIcon.REFRESH.create(),
                click -> evaluate());
        var toolbar = new HorizontalLayout(scope, evaluate);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        toolbar.addClassName("progression-toolbar");
        add(toolbar, status, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameter = event.getRouteParameters().get("programmeId");
        programme = parameter.flatMap(ProgressionReviewView::programmeId).orElse(null);
        unknownProgramme = parameter.isPresent() && programme == null;
        scope.removeAll();
        if (programme == null && !unknownProgramme) {
            scope.add(new Paragraph(getTranslation("progression.scope.all")));
        } else if (programme != null) {
            var editor = new Anchor("programmes/" + programme.value() + "/edit",
                    getTranslation("progression.scope.editor"));
            var all = new Anchor("review", getTranslation("progression.scope.showAll"));
            var links = new HorizontalLayout(editor, all);
            links.setWrap(true);
            scope.add(new Paragraph(getTranslation("progression.scope.one")), links);
        }
        status.setText("");
        refresh();
    }

    private static java.util.Optional<ProgrammeId> programmeId(String parameter) {
        try {
            return java.util.Optional.of(new ProgrammeId(UUID.fromString(parameter)));
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
    }

    private void refresh() {
        cards.removeAll();
        List<ProposalForReview> pending;
        if (unknownProgramme) {
            cards.add(new Paragraph(getTranslation("progression.notYours")));
            return;
        }
        try {
            pending = programme == null ? progression.pendingOfMyPatients() : progression.pendingReviews(programme);
        } catch (AccessDeniedException | NoSuchProgrammeException notYours) {
            cards.add(new Paragraph(getTranslation("progression.notYours")));
            return;
        }
        if (pending.isEmpty()) {
            var empty = new Paragraph(getTranslation("progression.empty"));
            empty.addClassName("app-empty-state");
            cards.add(empty);
            return;
        }
        var decisions = new ProposalCard.Decisions() {
            @Override
            public void accept(ProposalForReview review) {
                try {
                    acceptProposal(review, null);
                } catch (RuntimeException alreadyShown) {
                    // announced in the status line; the list was refreshed
                }
            }

            @Override
            public void editAndAccept(ProposalForReview review) {
                new AcceptWithDosageDialog(review, dosage -> acceptProposal(review, dosage)).open();
            }

            @Override
            public void reject(ProposalForReview review) {
                new RejectDialog(review, reason -> rejectProposal(review, reason)).open();
            }
        };
        pending.forEach(review -> cards.add(new ProposalCard(review, decisions)));
    }

    private void acceptProposal(ProposalForReview review, @Nullable Dosage dosage) {
        var proposal = review.proposal();
        try {
            var after = progression.accept(proposal.id(), proposal.version(), dosage);
            announce(proposal.changesPrescription() || dosage != null
                    ? getTranslation("progression.accepted.newVersion", after.number())
                    : getTranslation("progression.accepted.unchanged", after.number()), false);
            refresh();
        } catch (StaleProposalException | ConcurrentChangeException stale) {
            refresh();
            announce(getTranslation("progression.stale"), true);
            throw new IllegalStateException(getTranslation("progression.stale"), stale);
        } catch (IllegalStateException | IllegalArgumentException refused) {
            announce(DomainMessages.translate(refused.getMessage()), true);
            throw refused;
        }
    }

    private void rejectProposal(ProposalForReview review, String reason) {
        var proposal = review.proposal();
        try {
            progression.reject(proposal.id(), proposal.version(), reason);
            announce(getTranslation("progression.rejected", review.exerciseName()), false);
            refresh();
        } catch (ConcurrentChangeException stale) {
            refresh();
            announce(getTranslation("progression.stale"), true);
            throw new IllegalStateException(getTranslation("progression.stale"), stale);
        }
    }

    private void evaluate() {
        try {
            int waiting;
            if (unknownProgramme) {
                return;
            }
            if (programme == null) {
                waiting = progression.evaluateMyPatients();
            } else {
                progression.evaluate(programme);
                waiting = progression.pending(programme).size();
            }
            refresh();
            announce(getTranslation("progression.evaluated", waiting), false);
        } catch (IllegalStateException refused) {
            announce(DomainMessages.translate(refused.getMessage()), true);
        } catch (AccessDeniedException | NoSuchProgrammeException notYours) {
            announce(getTranslation("progression.notYours"), true);
        }
    }

    private void announce(String message, boolean problem) {
        status.setText(message);
        status.getElement().getClassList().set("progression-status-problem", problem);
        Notification.show(message).addThemeVariants(problem ? NotificationVariant.LUMO_WARNING
                : NotificationVariant.LUMO_SUCCESS);
    }

    /** The last outcome shown to the clinician. */
    String statusText() {
        return status.getText();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progression.nav");
    }
}
