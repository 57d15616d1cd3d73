package org.rehabrx.core.exercise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

/** Exercises from the forefoot plantar pain (metatarsalgia 2–4) brief, for the tests of this package. */
final class ForefootExercises {

    static final PainScore PAIN_LIMIT = PainScore.of(5);

    private ForefootExercises() {
    }

    static Dosage twiceDailyToeCurls() {
        return Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, PAIN_LIMIT);
    }

    static Level level(int number, String name, Dosage dosage) {
        return new Level(number, name, "", dosage);
    }

    static List<Level> toeCurlLevels() {
        return List.of(
                new Level(1, "Seated towel curls", "Sit with both feet flat on a towel.", twiceDailyToeCurls()),
                new Level(2, "Standing towel curls", "Stand holding a chair for balance.",
                        Dosage.reps(3, 10, 30, 2, 5, Side.BOTH, PAIN_LIMIT)),
                new Level(3, "Towel curls against a weight", "Put a small weight on the far end of the towel.",
                        Dosage.reps(3, 12, 45, 2, 5, Side.BOTH, PAIN_LIMIT)
                                .withLoad(new Load(new BigDecimal("0.5"), LoadUnit.KG))));
    }

    static ExerciseDescription toeCurls() {
        return new ExerciseDescription("Toe curls", BodyRegion.FOREFOOT,
                Set.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH, ExercisePurpose.TRANSVERSE_ARCH),
                List.of("A small towel"),
                List.of("Sit with your foot flat on a towel.",
                        "Curl your toes to draw the towel towards your heel.",
                        "Let the toes go long again and repeat."),
                List.of("Keep the heel on the floor."),
                List.of("Stop if the pain under the ball of the foot goes above your limit."),
                Set.of(),
                toeCurlLevels());
    }

    static ExerciseDescription marblePickUp() {
        return new ExerciseDescription("Marble pick-up", BodyRegion.FOREFOOT,
                Set.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH),
                List.of("10 marbles", "A bowl"),
                List.of("Sit with the marbles on the floor in front of you.",
                        "Pick up one marble at a time with your toes and drop it into the bowl."),
                List.of("Grip with all the toes, not only the big toe."),
                List.of(),
                Set.of(),
                List.of(level(1, "Seated, 10 marbles", Dosage.reps(2, 10, 30, 1, 5, Side.BOTH, PAIN_LIMIT)),
                        level(2, "Seated, 20 marbles", Dosage.reps(2, 20, 30, 1, 5, Side.BOTH, PAIN_LIMIT))));
    }

    static ExerciseDescription warmFootSoak() {
        return new ExerciseDescription("Warm foot soak", BodyRegion.FOREFOOT,
                Set.of(ExercisePurpose.CIRCULATION),
                List.of("A basin of warm water", "A thermometer"),
                List.of("Check the water is warm, not hot, with a thermometer or your elbow.",
                        "Soak both feet for the time given."),
                List.of(),
                List.of("Never use hot water; dry well between the toes afterwards."),
                Set.of(HealthFlag.REDUCED_FOOT_SENSATION, HealthFlag.CIRCULATION_PROBLEM, HealthFlag.OPEN_WOUND),
                List.of(level(1, "Warm soak", Dosage.duration(1, 10, 0, 1, 7, Side.BOTH, PAIN_LIMIT))));
    }
}
