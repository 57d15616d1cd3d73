package org.rehabrx.bench.handout;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.education.EducationBlock;
import org.rehabrx.core.education.EducationTopic;
import org.rehabrx.core.education.RepeatInterval;
import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.exercise.Load;
import org.rehabrx.core.exercise.LoadUnit;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.ContactDetails;
import org.rehabrx.core.patient.HealthFlag;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.programme.CautionAcknowledgement;
import org.rehabrx.core.programme.OrthoticNote;
import org.rehabrx.core.programme.OrthoticType;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.report.handout.Handout;

/**
 * The demo forefoot plantar pain programme the benchmarks render: 7 shipped-style exercises of 3 levels
 * each (keyed like the shipped library, so the renderer draws its line drawings), prescribed at level 1,
 * two orthotic notes, 4 education blocks and a review 4 weeks after the start (a 4-week diary). The
 * patient has reduced foot sensation, so several exercises carry an acknowledged caution box.
 */
final class DemoHandout {

    private static final AccountId CLINICIAN = AccountId.newId();
    private static final LocalDate START = LocalDate.of(2026, 11, 23);
    private static final LocalDate REVIEW = START.plusWeeks(4);
    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 24);
    private static final Instant CREATED = Instant.parse("2026-11-23T10:00:00Z");
    private static final PainScore FIVE = PainScore.of(5);

    private DemoHandout() {
    }

    static Handout create() {
        Patient patient = Patient.register(new ClinicReference("RX-2026/0142"), "Margaret O’Neill",
                LocalDate.of(1961, 4, 9), Locale.ENGLISH,
                new ContactDetails("+44 20 7946 0958", "patient@example.org"),
                new Condition("Central metatarsalgia, 2nd–4th MTP joints", Side.BOTH),
                Set.of(HealthFlag.REDUCED_FOOT_SENSATION), CLINICIAN, PRINTED);
        List<Exercise> exercises = List.of(doming(), toeCurls(), marblePickUp(), lateralBorder(), heelRaises(),
                barefootWalking(), warmSoak());
        var prescribed = new ArrayList<PrescribedExercise>();
        var acknowledgements = new ArrayList<CautionAcknowledgement>();
        for (var exercise : exercises) {
            String note = "toe-curls".equals(exercise.key()) ? "Do these while the kettle boils in the morning." : "";
            prescribed.add(new PrescribedExercise(exercise.id(), 1, exercise.level(1).defaultDosage(), note));
            for (var flag : exercise.cautionsFor(patient.healthFlags())) {
                acknowledgements.add(new CautionAcknowledgement(exercise.id(), flag,
                        "Sensation checked with monofilament; patient uses a thermometer", CLINICIAN, CREATED));
            }
        }
        List<EducationBlock> blocks = educationBlocks();
        var content = new ProgrammeContent("Forefoot plantar pain (metatarsalgia 2–4)",
                "Less pain under the ball of the foot when walking and standing, and stronger small foot muscles.",
                START, REVIEW, prescribed, orthoticNotes(), blocks.stream().map(EducationBlock::id).toList(),
                ProgressionRules.PAIN_MONITORING_MODEL, PainScore.of(3), acknowledgements);
        var version = new ProgrammeVersion(2, ProgrammeStatus.ACTIVE, content, CLINICIAN, CREATED);
        Map<ExerciseId, Exercise> byId = new LinkedHashMap<>();
        exercises.forEach(e -> byId.put(e.id(), e));
        return new Handout("Riverside Physiotherapy Clinic", patient, "Ana Gómez, physiotherapist",
                "Tel. 020 7946 0000 (Mon–Fri 8:00–18:00) · physio@riverside.example", version, byId, blocks,
                PRINTED, false);
    }

    private static Exercise toeCurls() {
        return Exercise.shipped("toe-curls", new ExerciseDescription("Toe curls (towel scrunch)", BodyRegion.FOREFOOT,
                Set.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH, ExercisePurpose.TRANSVERSE_ARCH),
                List.of("A small hand towel", "A firm chair"),
                List.of("Spread the towel flat on a smooth floor and put your bare foot on the near end of it.",
                        "Keep your heel on the floor the whole time.",
                        "Curl your toes to grip the towel and pull it in towards you, a little at a time.",
                        "Relax and spread your toes out again; each curl counts as one repetition."),
                List.of("Heel stays down and still."),
                List.of("If the sole of your foot cramps, stop, gently stretch the toes back and rest."),
                Set.of(),
                List.of(new Level(1, "Seated towel scrunch", "Sit on the chair with both feet flat.",
                                Dosage.reps(2, 10, 30, 1, 5, Side.BOTH, FIVE)),
                        new Level(2, "Standing towel scrunch", "Stand with the towel under one foot.",
                                Dosage.reps(3, 10, 30, 1, 5, Side.BOTH, FIVE)),
                        new Level(3, "Towel scrunch with a light weight", "Put a light object on the far end.",
                                Dosage.reps(3, 10, 45, 1, 5, Side.BOTH, FIVE)
                                        .withLoad(new Load(new BigDecimal("0.5"), LoadUnit.KG))))));
    }

    private static Exercise marblePickUp() {
        return Exercise.shipped("marble-pick-up", new ExerciseDescription("Marble pick-up", BodyRegion.FOREFOOT,
                Set.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH), List.of("About 10 to 20 marbles", "A cup"),
                List.of("Sit on the chair with your bare feet flat on the floor.",
                        "Scatter the objects on the floor just in front of one foot.",
                        "Grip one object with your toes and lift it off the floor.",
                        "Put it down again where your level tells you and let go."),
                List.of(), List.of("Pick up every marble when you have finished so that nobody slips on one."),
                Set.of(),
                List.of(new Level(1, "Large objects", "Use rolled-up socks instead of marbles.",
                                Dosage.reps(2, 10, 30, 1, 5, Side.BOTH, FIVE)),
                        new Level(2, "Marbles", "Use marbles.", Dosage.reps(3, 10, 30, 1, 5, Side.BOTH, FIVE)),
                        new Level(3, "Marbles into a cup against the clock", "Drop each marble into the cup.",
                                Dosage.duration(3, 1, 60, 1, 5, Side.BOTH, FIVE)))));
    }

    private static Exercise doming() {
        return Exercise.shipped("short-foot-doming", new ExerciseDescription("Short-foot doming", BodyRegion.FOREFOOT,
                Set.of(ExercisePurpose.TRANSVERSE_ARCH), List.of("A firm chair"),
                List.of("Place your bare foot flat on the floor with the toes relaxed and long.",
                        "Without curling your toes, slide the ball of the foot slightly towards the heel so that the arch lifts into a small dome.",
                        "Hold the dome for the time given while breathing normally, then relax the foot completely."),
                List.of(), List.of("Level 3 is done standing on one leg; always have a worktop within reach."),
                Set.of(HealthFlag.BALANCE_IMPAIRMENT),
                List.of(new Level(1, "Seated doming", "Sit on the chair so that only a little weight rests on the foot.",
                                Dosage.hold(10, 5, 5, 2, 5, Side.BOTH, FIVE)),
                        new Level(2, "Standing doming", "Stand on both feet, holding a worktop lightly.",
                                Dosage.hold(10, 8, 5, 2, 5, Side.BOTH, FIVE)),
                        new Level(3, "Single-leg doming", "Stand on the exercising leg next to a worktop.",
                                Dosage.hold(10, 10, 5, 2, 5, Side.BOTH, FIVE)))));
    }

    private static Exercise heelRaises() {
        return Exercise.shipped("heel-raises-to-hops", new ExerciseDescription("Heel raises to small hops",
                BodyRegion.FOOT_AND_ANKLE, Set.of(ExercisePurpose.LOAD_TOLERANCE), List.of("A worktop or wall"),
                List.of("Stand facing a worktop with your feet hip-width apart.",
                        "Rise onto the balls of your feet, with the weight spread across all the toes.",
                        "Lower your heels again with control."),
                List.of(), List.of("Do levels 2 and 3 on a firm, non-slip floor in supportive shoes."),
                Set.of(HealthFlag.OSTEOPOROSIS, HealthFlag.BALANCE_IMPAIRMENT),
                List.of(new Level(1, "Heel raises", "Rise up slowly over two seconds and lower over three.",
                                Dosage.reps(3, 10, 60, 1, 4, Side.BOTH, FIVE)),
                        new Level(2, "Single-leg heel raises", "Rise on one foot, holding the worktop.",
                                Dosage.reps(3, 8, 60, 1, 4, Side.BOTH, FIVE)),
                        new Level(3, "Small hops", "Hop gently on the spot on both feet.",
                                Dosage.reps(3, 10, 90, 1, 3, Side.BOTH, FIVE)))));
    }

    private static Exercise barefootWalking() {
        return Exercise.shipped("barefoot-walking", new ExerciseDescription("Barefoot walking on a soft surface",
                BodyRegion.FOOT_AND_ANKLE, Set.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH),
                List.of("An exercise mat or carpet"),
                List.of("Check the ground for stones, glass, thorns or anything else sharp.",
                        "Walk at an easy pace with relaxed steps, letting your toes spread and grip lightly.",
                        "Afterwards, look at the soles of both feet for redness, blisters or small cuts."),
                List.of(),
                List.of("With reduced feeling in the feet, check the feet carefully afterwards, with a mirror or a helper.",
                        "Do not walk barefoot with an open wound or ulcer on the foot."),
                Set.of(HealthFlag.REDUCED_FOOT_SENSATION, HealthFlag.OPEN_WOUND),
                List.of(new Level(1, "Indoors on a mat", "Walk up and down on an exercise mat at home.",
                                Dosage.duration(1, 5, 0, 1, 5, Side.BOTH, FIVE)),
                        new Level(2, "Indoors on carpet", "Walk around the house on carpet.",
                                Dosage.duration(1, 10, 0, 1, 5, Side.BOTH, FIVE)),
                        new Level(3, "Outdoors on grass or sand", "Walk on a lawn or a beach you have checked.",
                                Dosage.duration(1, 15, 0, 1, 5, Side.BOTH, FIVE)))));
    }

    private static Exercise lateralBorder() {
        return Exercise.shipped("lateral-border-walking", new ExerciseDescription("Walking on the outer edge of the foot",
                BodyRegion.FOOT_AND_ANKLE, Set.of(ExercisePurpose.LATERAL_FOOT_CONTROL), List.of(),
                List.of("Stand barefoot beside a wall or worktop you can touch.",
                        "Roll your weight gently onto the outer edges of both feet so that the inner edges lift a little."),
                List.of(), List.of("Roll only as far as is comfortable."), Set.of(HealthFlag.BALANCE_IMPAIRMENT),
                List.of(new Level(1, "Weight shift in place", "Roll onto the outer edges, hold, then roll back.",
                                Dosage.reps(2, 10, 30, 1, 5, Side.BOTH, FIVE)),
                        new Level(2, "Steps along the worktop", "Take small steps on the outer edges.",
                                Dosage.reps(3, 10, 30, 1, 5, Side.BOTH, FIVE)),
                        new Level(3, "Walking across the room", "Walk across the room on the outer edges.",
                                Dosage.reps(3, 15, 45, 1, 5, Side.BOTH, FIVE)))));
    }

    private static Exercise warmSoak() {
        return Exercise.shipped("warm-foot-soak", new ExerciseDescription("Warm foot soak", BodyRegion.FOOT_AND_ANKLE,
                Set.of(ExercisePurpose.CIRCULATION), List.of("A bowl or foot bath", "A bath thermometer", "A towel"),
                List.of("Fill the bowl with warm water, not hot, deep enough to cover your feet.",
                        "Check the water with a bath thermometer (about 37 °C) before your feet go in.",
                        "Relax for the time given, then dry your feet well, especially between the toes."),
                List.of(),
                List.of("With reduced feeling in the feet, always use a thermometer or have someone else test the water.",
                        "Do not soak for longer than 15 minutes."),
                Set.of(HealthFlag.REDUCED_FOOT_SENSATION, HealthFlag.CIRCULATION_PROBLEM),
                List.of(new Level(1, "Short soak", "Keep your feet still and relaxed in the water.",
                                Dosage.duration(1, 10, 0, 1, 7, Side.BOTH, PainScore.of(2))),
                        new Level(2, "Soak with toe movements", "Spread and curl your toes slowly in the water.",
                                Dosage.duration(1, 10, 0, 1, 7, Side.BOTH, PainScore.of(2))),
                        new Level(3, "Soak, then a foot massage", "Roll the sole over a tennis ball afterwards.",
                                Dosage.duration(1, 15, 0, 1, 7, Side.BOTH, PainScore.of(2))))));
    }

    private static List<EducationBlock> educationBlocks() {
        return List.of(
                EducationBlock.shipped("footwear-advice", EducationTopic.FOOTWEAR, "Footwear advice",
                        List.of("Choose comfortable shoes with a thick, cushioned sole and plenty of room for your toes.",
                                "Avoid thin-soled shoes, narrow or pointed shoes and high heels."), null),
                EducationBlock.shipped("callus-care", EducationTopic.CALLUS_CARE, "Callus care",
                        List.of("A podiatrist can pare the callus down; at home thin it gently with a foot file.",
                                "Removing the hard skin eases the pain but does not cure the cause."),
                        new RepeatInterval(2, 3)),
                EducationBlock.shipped("exercising-safely", EducationTopic.EXERCISE_PRECAUTIONS, "Exercising safely",
                        List.of("Warm up for a few minutes first.", "Rest enough between sessions."), null),
                EducationBlock.shipped("when-to-seek-medical-review", EducationTopic.MEDICAL_REVIEW,
                        "When to seek medical review",
                        List.of("If the pain under your forefoot does not ease, see your doctor.",
                                "Seek medical advice promptly if you notice new numbness, a wound that does not heal, or redness and swelling."),
                        null));
    }

    private static List<OrthoticNote> orthoticNotes() {
        return List.of(
                new OrthoticNote(OrthoticType.METATARSAL_PAD, Side.BOTH,
                        "Just behind the 2nd to 4th metatarsal heads, never directly under the painful spot.",
                        "Start with 1 to 2 hours a day and build up to all day over about a week.",
                        "Mark the sore spot with a little lipstick, step into the shoe and stick the pad just behind the mark."),
                new OrthoticNote(OrthoticType.FOOTWEAR_CHANGE, Side.BOTH, "",
                        "Every day, alongside every step of the ladder.",
                        "Shoes with a thick, cushioned sole, a roomy toe box and a low heel."));
    }
}
