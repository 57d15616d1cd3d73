package org.rehabrx.core.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.education.EducationBlockId;
import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.ContactDetails;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

/** A forefoot plantar pain programme for a patient with reduced foot sensation, for the tests of this package. */
final class Forefoot {

    static final PainScore PAIN_LIMIT = PainScore.of(5);
    static final LocalDate START = LocalDate.of(2025, 3, 17);
    static final LocalDate REVIEW = LocalDate.of(2025, 4, 28);
    static final Instant MONDAY = Instant.parse("2025-03-17T09:30:00Z");
    static final Instant LATER = Instant.parse("2025-03-31T10:00:00Z");

    static final AccountId PHYSIO = AccountId.newId();
    static final AccountId COLLEAGUE = AccountId.newId();

    static final Exercise TOE_CURLS = Exercise.shipped("toe-curls", description("Toe curls", Set.of(),
            level(1, "Seated towel curls", Dosage.reps(2, 10, 30, 2, 5, Side.BOTH, PAIN_LIMIT)),
            level(2, "Standing towel curls", Dosage.reps(3, 10, 30, 2, 5, Side.BOTH, PAIN_LIMIT))));
    static final Exercise MARBLE_PICK_UP = Exercise.shipped("marble-pick-up", description("Marble pick-up", Set.of(),
            level(1, "Seated, 10 marbles", Dosage.reps(2, 10, 30, 1, 5, Side.BOTH, PAIN_LIMIT))));
    static final Exercise WARM_FOOT_SOAK = Exercise.shipped("warm-foot-soak", description("Warm foot soak",
            Set.of(HealthFlag.REDUCED_FOOT_SENSATION, HealthFlag.CIRCULATION_PROBLEM, HealthFlag.OPEN_WOUND),
            level(1, "Warm soak", Dosage.duration(1, 10, 0, 1, 7, Side.BOTH, PAIN_LIMIT))));
    static final Exercise BAREFOOT_ON_SAND = Exercise.shipped("barefoot-on-sand", description(
            "Barefoot walking on sand or grass",
            Set.of(HealthFlag.BALANCE_IMPAIRMENT, HealthFlag.OPEN_WOUND, HealthFlag.REDUCED_FOOT_SENSATION),
            level(1, "Five minutes on grass", Dosage.duration(1, 5, 0, 1, 3, Side.BOTH, PAIN_LIMIT))));

    static final Map<ExerciseId, Exercise> LIBRARY = List.of(TOE_CURLS, MARBLE_PICK_UP, WARM_FOOT_SOAK,
            BAREFOOT_ON_SAND).stream().collect(Collectors.toMap(Exercise::id, Function.identity()));

    static final EducationBlockId FOOTWEAR = EducationBlockId.newId();
    static final EducationBlockId CALLUS_CARE = EducationBlockId.newId();
    static final EducationBlockId MEDICAL_REVIEW = EducationBlockId.newId();

    static final OrthoticNote METATARSAL_PAD = new OrthoticNote(OrthoticType.METATARSAL_PAD, Side.BOTH,
            "just behind the 2nd–4th metatarsal heads", "all day in outdoor shoes; build up over a week", "");
    static final OrthoticNote ROCKER_SOLE = new OrthoticNote(OrthoticType.SOLE_MODIFICATION, Side.LEFT,
            "", "in walking shoes", "Ask the orthotist for a metatarsal bar.");

    private Forefoot() {
    }

    private static Level level(int number, String name, Dosage dosage) {
        return new Level(number, name, "", dosage);
    }

    private static ExerciseDescription description(String name, Set<HealthFlag> cautionFlags, Level... levels) {
        return new ExerciseDescription(name, BodyRegion.FOREFOOT, Set.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH),
                List.of(), List.of("Do the exercise as shown."), List.of(), List.of(), cautionFlags,
                List.of(levels));
    }

    static Patient patient(Set<HealthFlag> flags) {
        return Patient.register(new ClinicReference("MT-017"), "Margaret Okafor", LocalDate.of(1958, 6, 2),
                Locale.ENGLISH, ContactDetails.NONE, new Condition("Central metatarsalgia 2–4", Side.BOTH), flags,
                PHYSIO, START);
    }

    static Patient withReducedSensation() {
        return patient(Set.of(HealthFlag.REDUCED_FOOT_SENSATION));
    }

    static PrescribedExercise prescribed(Exercise exercise) {
        return new PrescribedExercise(exercise.id(), 1, exercise.level(1).defaultDosage(), "");
    }

    static ProgrammeContent content(List<PrescribedExercise> exercises, List<CautionAcknowledgement> acknowledgements) {
        return new ProgrammeContent("Forefoot plantar pain", "Walk to the shops without pain under the forefoot",
                START, REVIEW, exercises, List.of(METATARSAL_PAD), List.of(FOOTWEAR, CALLUS_CARE),
                ProgressionRules.PAIN_MONITORING_MODEL, PainScore.of(3), acknowledgements);
    }

    static ProgrammeContent content(PrescribedExercise... exercises) {
        return content(List.of(exercises), List.of());
    }

    static CautionAcknowledgement acknowledged(Exercise exercise, HealthFlag flag) {
        return new CautionAcknowledgement(exercise.id(), flag,
                "Sensation checked; the patient tests the water with a thermometer.", PHYSIO, MONDAY);
    }

    static List<Caution> cautions(ProgrammeContent content, Patient patient) {
        return Caution.raisedBy(content.exercises(), LIBRARY, patient);
    }
}
