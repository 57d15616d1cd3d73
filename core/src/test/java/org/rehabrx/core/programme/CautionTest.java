package org.rehabrx.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;
import static org.rehabrx.core.programme.Forefoot.BAREFOOT_ON_SAND;
import static org.rehabrx.core.programme.Forefoot.LIBRARY;
import static org.rehabrx.core.programme.Forefoot.MARBLE_PICK_UP;
import static org.rehabrx.core.programme.Forefoot.MONDAY;
import static org.rehabrx.core.programme.Forefoot.PHYSIO;
import static org.rehabrx.core.programme.Forefoot.TOE_CURLS;
import static org.rehabrx.core.programme.Forefoot.WARM_FOOT_SOAK;
import static org.rehabrx.core.programme.Forefoot.prescribed;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rehabrx.core.patient.HealthFlag;

class CautionTest {

    @Test
    void aWarmFootSoakRaisesACautionForReducedFootSensation() {
        var cautions = Caution.raisedBy(List.of(prescribed(TOE_CURLS), prescribed(WARM_FOOT_SOAK)), LIBRARY,
                Forefoot.withReducedSensation());

        assertThat(cautions).containsExactly(
                new Caution(WARM_FOOT_SOAK.id(), "Warm foot soak", HealthFlag.REDUCED_FOOT_SENSATION));
    }

    @Test
    void cautionsFollowTheProgrammeOrderThenTheFlagOrder() {
        var patient = Forefoot.patient(Set.of(HealthFlag.OPEN_WOUND, HealthFlag.REDUCED_FOOT_SENSATION,
                HealthFlag.BALANCE_IMPAIRMENT));

        var cautions = Caution.raisedBy(List.of(prescribed(BAREFOOT_ON_SAND), prescribed(TOE_CURLS),
                prescribed(WARM_FOOT_SOAK)), LIBRARY, patient);

        assertThat(cautions).extracting(Caution::exerciseName, Caution::flag).containsExactly(
                tuple("Barefoot walking on sand or grass", HealthFlag.REDUCED_FOOT_SENSATION),
                tuple("Barefoot walking on sand or grass", HealthFlag.OPEN_WOUND),
                tuple("Barefoot walking on sand or grass", HealthFlag.BALANCE_IMPAIRMENT),
                tuple("Warm foot soak", HealthFlag.REDUCED_FOOT_SENSATION),
                tuple("Warm foot soak", HealthFlag.OPEN_WOUND));
    }

    @Test
    void aPatientWithoutHealthFlagsRaisesNoCautions() {
        assertThat(Caution.raisedBy(List.of(prescribed(WARM_FOOT_SOAK), prescribed(BAREFOOT_ON_SAND)), LIBRARY,
                Forefoot.patient(Set.of()))).isEmpty();
    }

    @Test
    void exercisesWithoutCautionFlagsRaiseNoCautions() {
        assertThat(Caution.raisedBy(List.of(prescribed(TOE_CURLS), prescribed(MARBLE_PICK_UP)), LIBRARY,
                Forefoot.patient(Set.of(HealthFlag.values())))).isEmpty();
    }

    @Test
    void everyPrescribedExerciseMustBeInTheLibraryGiven() {
        assertThatNullPointerException()
                .isThrownBy(() -> Caution.raisedBy(List.of(prescribed(WARM_FOOT_SOAK)), Map.of(),
                        Forefoot.withReducedSensation()))
                .withMessageContaining(WARM_FOOT_SOAK.id().value().toString())
                .withMessageContaining("not given");
    }

    @Test
    void aCautionReadsAsASentence() {
        var caution = new Caution(WARM_FOOT_SOAK.id(), "Warm foot soak", HealthFlag.REDUCED_FOOT_SENSATION);

        assertThat(caution.sentence())
                .isEqualTo("Warm foot soak: caution with reduced foot sensation (e.g. diabetic neuropathy).");
    }

    @Test
    void anAcknowledgementCoversItsOwnExerciseAndFlagOnly() {
        var acknowledgement = Forefoot.acknowledged(WARM_FOOT_SOAK, HealthFlag.REDUCED_FOOT_SENSATION);

        assertThat(acknowledgement.covers(
                new Caution(WARM_FOOT_SOAK.id(), "Warm foot soak", HealthFlag.REDUCED_FOOT_SENSATION))).isTrue();
        assertThat(acknowledgement.covers(
                new Caution(WARM_FOOT_SOAK.id(), "Warm foot soak", HealthFlag.OPEN_WOUND))).isFalse();
        assertThat(acknowledgement.covers(new Caution(BAREFOOT_ON_SAND.id(), "Barefoot walking on sand or grass",
                HealthFlag.REDUCED_FOOT_SENSATION))).isFalse();
    }

    @Test
    void anAcknowledgementNeedsAReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CautionAcknowledgement(WARM_FOOT_SOAK.id(), HealthFlag.REDUCED_FOOT_SENSATION,
                        "  ", PHYSIO, MONDAY))
                .withMessage("Enter the reason for prescribing despite the caution.");
    }

    @Test
    void theReasonIsTrimmedAndLimited() {
        var acknowledgement = new CautionAcknowledgement(WARM_FOOT_SOAK.id(), HealthFlag.REDUCED_FOOT_SENSATION,
                "  Protective sensation intact on monofilament test. ", PHYSIO, MONDAY);
        assertThat(acknowledgement.reason()).isEqualTo("Protective sensation intact on monofilament test.");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CautionAcknowledgement(WARM_FOOT_SOAK.id(), HealthFlag.REDUCED_FOOT_SENSATION,
                        "x".repeat(1001), PHYSIO, MONDAY))
                .withMessage("Reason for prescribing despite the caution is too long: at most 1000 characters.");
    }
}
