package org.rehabrx.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabrx.core.programme.Forefoot.COLLEAGUE;
import static org.rehabrx.core.programme.Forefoot.LATER;
import static org.rehabrx.core.programme.Forefoot.MARBLE_PICK_UP;
import static org.rehabrx.core.programme.Forefoot.MONDAY;
import static org.rehabrx.core.programme.Forefoot.PHYSIO;
import static org.rehabrx.core.programme.Forefoot.TOE_CURLS;
import static org.rehabrx.core.programme.Forefoot.WARM_FOOT_SOAK;
import static org.rehabrx.core.programme.Forefoot.acknowledged;
import static org.rehabrx.core.programme.Forefoot.cautions;
import static org.rehabrx.core.programme.Forefoot.content;
import static org.rehabrx.core.programme.Forefoot.prescribed;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;

class ProgrammeTest {

    private final Patient patient = Forefoot.withReducedSensation();

    private Programme draft(ProgrammeContent content) {
        return Programme.draft(patient.id(), PHYSIO, content, MONDAY);
    }

    private Programme active(ProgrammeContent content) {
        return draft(content).activated(cautions(content, patient), PHYSIO, MONDAY);
    }

    private static ProgrammeContent curlsAndSoakAcknowledged() {
        return content(List.of(prescribed(TOE_CURLS), prescribed(WARM_FOOT_SOAK)),
                List.of(acknowledged(WARM_FOOT_SOAK, HealthFlag.REDUCED_FOOT_SENSATION)));
    }

    @Test
    void aNewProgrammeIsVersionOneInDraft() {
        var content = content(prescribed(TOE_CURLS));

        var programme = draft(content);

        assertThat(programme.number()).isEqualTo(1);
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(programme.content()).isEqualTo(content);
        assertThat(programme.patient()).isEqualTo(patient.id());
        assertThat(programme.prescriber()).isEqualTo(PHYSIO);
        assertThat(programme.current().createdBy()).isEqualTo(PHYSIO);
        assertThat(programme.current().createdAt()).isEqualTo(MONDAY);
        assertThat(programme.isNew()).isTrue();
    }

    @Test
    void changingADraftKeepsItsNumberAndStatus() {
        var draft = draft(content(prescribed(TOE_CURLS))).storedAs(2);
        var newContent = content(prescribed(TOE_CURLS), prescribed(MARBLE_PICK_UP));

        var changed = draft.changed(newContent, List.of(), COLLEAGUE, LATER);

        assertThat(changed.number()).isEqualTo(1);
        assertThat(changed.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(changed.content()).isEqualTo(newContent);
        assertThat(changed.current().createdBy()).isEqualTo(COLLEAGUE);
        assertThat(changed.current().createdAt()).isEqualTo(LATER);
        assertThat(changed.id()).isEqualTo(draft.id());
        assertThat(changed.prescriber()).isEqualTo(PHYSIO);
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void aDraftMayBeSavedIncompleteWithOpenCautions() {
        var withSoak = content(prescribed(WARM_FOOT_SOAK));

        var changed = draft(content()).changed(withSoak, cautions(withSoak, patient), PHYSIO, LATER);

        assertThat(changed.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(changed.content().exercises()).hasSize(1);
    }

    @Test
    void activatingADraftKeepsItsNumber() {
        var content = curlsAndSoakAcknowledged();

        var active = draft(content).activated(cautions(content, patient), COLLEAGUE, LATER);

        assertThat(active.status()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(active.number()).isEqualTo(1);
        assertThat(active.content()).isEqualTo(content);
        assertThat(active.current().createdBy()).isEqualTo(COLLEAGUE);
        assertThat(active.current().createdAt()).isEqualTo(LATER);
    }

    @Test
    void aProgrammeWithoutExercisesCannotBeActivated() {
        var empty = draft(content());

        assertThatIllegalStateException()
                .isThrownBy(() -> empty.activated(List.of(), PHYSIO, LATER))
                .withMessage("Prescribe at least one exercise before the programme is handed over.");
    }

    @Test
    void everyCautionMustBeAcknowledgedBeforeActivation() {
        var content = content(prescribed(TOE_CURLS), prescribed(WARM_FOOT_SOAK));
        var raised = cautions(content, patient);

        assertThatThrownBy(() -> draft(content).activated(raised, PHYSIO, LATER))
                .isInstanceOfSatisfying(UnacknowledgedCautionsException.class, e -> {
                    assertThat(e.cautions()).containsExactly(new Caution(WARM_FOOT_SOAK.id(), "Warm foot soak",
                            HealthFlag.REDUCED_FOOT_SENSATION));
                    assertThat(e).hasMessage(
                            "Acknowledge each caution with a reason before the programme is handed over (1 open).");
                    assertThat(e.getMessage()).doesNotContain("sensation");
                });
    }

    @Test
    void theExceptionListsOnlyTheCautionsStillOpen() {
        var patient = Forefoot.patient(java.util.Set.of(HealthFlag.REDUCED_FOOT_SENSATION, HealthFlag.OPEN_WOUND));
        var content = content(List.of(prescribed(WARM_FOOT_SOAK)),
                List.of(acknowledged(WARM_FOOT_SOAK, HealthFlag.REDUCED_FOOT_SENSATION)));
        var draft = Programme.draft(patient.id(), PHYSIO, content, MONDAY);

        assertThatThrownBy(() -> draft.activated(cautions(content, patient), PHYSIO, LATER))
                .isInstanceOfSatisfying(UnacknowledgedCautionsException.class, e -> {
                    assertThat(e.cautions()).extracting(Caution::flag).containsExactly(HealthFlag.OPEN_WOUND);
                    assertThat(e.getMessage()).doesNotContain("wound").doesNotContain("sensation");
                });
    }

    @Test
    void activatingTwiceIsRefused() {
        var active = active(curlsAndSoakAcknowledged());

        assertThatIllegalStateException()
                .isThrownBy(() -> active.activated(List.of(), PHYSIO, LATER))
                .withMessage("Only a draft can be activated; this programme is active.");
    }

    @Test
    void changingAnActiveProgrammeCreatesTheNextActiveVersion() {
        var active = active(content(prescribed(TOE_CURLS))).storedAs(1);
        var newContent = content(prescribed(TOE_CURLS), prescribed(MARBLE_PICK_UP));

        var next = active.changed(newContent, List.of(), COLLEAGUE, LATER);

        assertThat(next.number()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(next.content()).isEqualTo(newContent);
        assertThat(next.current().createdBy()).isEqualTo(COLLEAGUE);
        assertThat(next.current().createdAt()).isEqualTo(LATER);
        assertThat(next.id()).isEqualTo(active.id());
        assertThat(next.patient()).isEqualTo(active.patient());
        assertThat(next.prescriber()).isEqualTo(PHYSIO);
        assertThat(next.version()).isEqualTo(1);
        assertThat(next.changed(newContent, List.of(), PHYSIO, LATER).number()).isEqualTo(3);
    }

    @Test
    void changingAnActiveProgrammeAlsoRequiresAcknowledgedCautions() {
        var active = active(content(prescribed(TOE_CURLS)));
        var withSoak = content(prescribed(TOE_CURLS), prescribed(WARM_FOOT_SOAK));

        assertThatThrownBy(() -> active.changed(withSoak, cautions(withSoak, patient), PHYSIO, LATER))
                .isInstanceOfSatisfying(UnacknowledgedCautionsException.class,
                        e -> assertThat(e.cautions()).extracting(Caution::exercise)
                                .containsExactly(WARM_FOOT_SOAK.id()));

        var acknowledged = curlsAndSoakAcknowledged();
        assertThat(active.changed(acknowledged, cautions(acknowledged, patient), PHYSIO, LATER).number())
                .isEqualTo(2);
    }

    @Test
    void anActiveProgrammeCannotBeEmptied() {
        var active = active(content(prescribed(TOE_CURLS)));

        assertThatIllegalStateException()
                .isThrownBy(() -> active.changed(content(), List.of(), PHYSIO, LATER))
                .withMessage("Prescribe at least one exercise before the programme is handed over.");
    }

    @Test
    void completingAnActiveProgrammeKeepsItsNumber() {
        var active = active(content(prescribed(TOE_CURLS)));

        var completed = active.completed();

        assertThat(completed.status()).isEqualTo(ProgrammeStatus.COMPLETED);
        assertThat(completed.number()).isEqualTo(1);
        assertThat(completed.content()).isEqualTo(active.content());
    }

    @Test
    void onlyAnActiveProgrammeCanBeCompleted() {
        var draft = draft(content(prescribed(TOE_CURLS)));
        var completed = active(content(prescribed(TOE_CURLS))).completed();

        assertThatIllegalStateException()
                .isThrownBy(draft::completed)
                .withMessage("Only an active programme can be completed.");
        assertThatIllegalStateException()
                .isThrownBy(completed::completed)
                .withMessage("Only an active programme can be completed.");
    }

    @Test
    void aCompletedProgrammeCannotChange() {
        var completed = active(content(prescribed(TOE_CURLS))).completed();

        assertThatIllegalStateException()
                .isThrownBy(() -> completed.changed(content(prescribed(MARBLE_PICK_UP)), List.of(), PHYSIO, LATER))
                .withMessage("A completed programme cannot be changed; start a new one from it.");
        assertThatIllegalStateException()
                .isThrownBy(() -> completed.activated(List.of(), PHYSIO, LATER))
                .withMessage("Only a draft can be activated; this programme is completed.");
    }

    @Test
    void aSupersededVersionCannotChange() {
        var active = active(content(prescribed(TOE_CURLS)));
        var superseded = new Programme(active.id(), active.patient(), PHYSIO,
                new ProgrammeVersion(1, ProgrammeStatus.SUPERSEDED, active.content(), PHYSIO, MONDAY), 3);

        assertThatIllegalStateException()
                .isThrownBy(() -> superseded.changed(active.content(), List.of(), PHYSIO, LATER))
                .withMessage("A superseded programme cannot be changed; start a new one from it.");
    }

    @Test
    void storedAsKeepsTheCurrentVersion() {
        var draft = draft(content(prescribed(TOE_CURLS)));

        var stored = draft.storedAs(4);

        assertThat(stored.version()).isEqualTo(4);
        assertThat(stored.isNew()).isFalse();
        assertThat(stored.current()).isEqualTo(draft.current());
        assertThatIllegalArgumentException().isThrownBy(() -> draft.storedAs(-1));
    }

    @Test
    void versionsAreNumberedFromOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgrammeVersion(0, ProgrammeStatus.DRAFT, content(), PHYSIO, MONDAY))
                .withMessage("Versions are numbered from 1.");
    }
}
