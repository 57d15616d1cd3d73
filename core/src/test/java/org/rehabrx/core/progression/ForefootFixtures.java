package org.rehabrx.core.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.exercise.BodyRegion;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseDescription;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExerciseOrigin;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

/** A forefoot plantar pain programme and the session logs a patient might report for it. */
final class ForefootFixtures {

    static final ProgrammeId PROGRAMME = new ProgrammeId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    static final ProgrammeId ANOTHER_PROGRAMME = new ProgrammeId(UUID.fromString("00000000-0000-0000-0000-00000000a002"));
    static final AccountId PATIENT = new AccountId(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    static final AccountId CLINICIAN = new AccountId(UUID.fromString("00000000-0000-0000-0000-00000000b002"));
    static final PainScore BASELINE = PainScore.of(2);
    static final ProgressionRules DEFAULT_RULES = ProgressionRules.PAIN_MONITORING_MODEL;
    static final int PROGRAMME_VERSION = 2;

    static final Exercise TOE_CURLS = exercise(1, "toe-curls", "Toe curls",
            List.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH, ExercisePurpose.TRANSVERSE_ARCH),
            new Level(1, "Seated towel curls", "Sit and scrunch a towel towards you with the toes.",
                    Dosage.reps(2, 10, 30, 1, 5, Side.BOTH, PainScore.of(5))),
            new Level(2, "Standing towel curls", "Stand with your weight over the foot while curling.",
                    Dosage.reps(3, 12, 30, 1, 5, Side.BOTH, PainScore.of(5))),
            new Level(3, "Marble pick-up", "Pick up marbles one at a time and drop them in a cup.",
                    Dosage.reps(3, 15, 45, 1, 5, Side.BOTH, PainScore.of(5))));

    static final Exercise SHORT_FOOT_HOLD = exercise(2, "short-foot-hold", "Short-foot hold",
            List.of(ExercisePurpose.TRANSVERSE_ARCH),
            new Level(1, "Seated short foot", "Draw the ball of the foot towards the heel while seated.",
                    Dosage.hold(3, 10, 20, 2, 5, Side.BOTH, PainScore.of(5))),
            new Level(2, "Standing short foot", "Hold the short foot while standing on both feet.",
                    Dosage.hold(3, 20, 20, 2, 5, Side.BOTH, PainScore.of(5))));

    static final Exercise BAREFOOT_WALK = exercise(3, "barefoot-walk-on-grass", "Barefoot walk on grass",
            List.of(ExercisePurpose.LOAD_TOLERANCE),
            new Level(1, "Walk on grass", "Walk barefoot on soft, even grass.",
                    Dosage.duration(1, 10, 0, 1, 3, Side.BOTH, PainScore.of(4))));

    static final Map<ExerciseId, Exercise> LIBRARY = library(TOE_CURLS, SHORT_FOOT_HOLD, BAREFOOT_WALK);

    private static final AtomicLong NEXT_LOG = new AtomicLong();

    private ForefootFixtures() {
    }

    static Map<ExerciseId, Exercise> library(Exercise... exercises) {
        return Arrays.stream(exercises).collect(Collectors.toUnmodifiableMap(Exercise::id, Function.identity()));
    }

    static Exercise exercise(long number, String key, String name, List<ExercisePurpose> purposes, Level... levels) {
        var description = new ExerciseDescription(name, BodyRegion.FOREFOOT, Set.copyOf(purposes), List.of(),
                List.of("Sit or stand barefoot with the foot flat on the floor.", "Follow the level's instructions."),
                List.of("Keep the toes long."), List.of("Stop if the pain goes above your limit."), Set.of(),
                List.of(levels));
        return new Exercise(new ExerciseId(new UUID(0xE, number)), key, description, ExerciseOrigin.SHIPPED, null,
                null, 0);
    }

    /** The exercise at one of its levels, with that level's dosage on the given side. */
    static PrescribedExercise prescribed(Exercise exercise, int level, Side side) {
        return prescribed(exercise, level, exercise.level(level).defaultDosage().withSide(side));
    }

    static PrescribedExercise prescribed(Exercise exercise, int level, Dosage dosage) {
        return new PrescribedExercise(exercise.id(), level, dosage, "");
    }

    static ProgrammeVersion version(PrescribedExercise... exercises) {
        return version(DEFAULT_RULES, exercises);
    }

    static ProgrammeVersion version(ProgressionRules rules, PrescribedExercise... exercises) {
        return version(PROGRAMME_VERSION, rules, exercises);
    }

    static ProgrammeVersion version(int number, PrescribedExercise... exercises) {
        return version(number, DEFAULT_RULES, exercises);
    }

    static ProgrammeVersion version(int number, ProgressionRules rules, PrescribedExercise... exercises) {
        var content = new ProgrammeContent("Forefoot plantar pain (metatarsalgia 2–4)",
                "Walk to work without pain under the forefoot.", LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 4, 13), List.of(exercises), List.of(), List.of(), rules, BASELINE, List.of());
        return new ProgrammeVersion(number, ProgrammeStatus.ACTIVE, content, CLINICIAN,
                Instant.parse("2026-02-16T09:30:00Z"));
    }

    /** The version after the given one, with one exercise moved to another level and dosage. */
    static ProgrammeVersion nextVersion(ProgrammeVersion previous, ExerciseId exercise, int level, Dosage dosage) {
        return nextVersion(previous, previous.content().withExerciseAt(exercise, level, dosage));
    }

    static ProgrammeVersion nextVersion(ProgrammeVersion previous, ProgrammeContent content) {
        return new ProgrammeVersion(previous.number() + 1, ProgrammeStatus.ACTIVE, content, CLINICIAN,
                previous.createdAt().plusSeconds(86_400));
    }

    /** The same content with another goal: a change that prescribes nothing differently. */
    static ProgrammeContent withGoal(ProgrammeContent content, String goal) {
        return new ProgrammeContent(content.title(), goal, content.startDate(), content.reviewDate(),
                content.exercises(), content.orthoticNotes(), content.educationBlocks(), content.rules(),
                content.baselinePain(), content.acknowledgements());
    }

    static ProgressionRules rulesRequiring(int sessions) {
        var model = DEFAULT_RULES;
        return new ProgressionRules(sessions, model.advanceMaxPain(), model.holdMaxPain(), model.repsStep(),
                model.holdStepSeconds(), model.durationStepMinutes(), model.repsCap(), model.holdCapSeconds(),
                model.durationCapMinutes());
    }

    /** A session done in full, with pain during and the next morning. */
    static SessionLog done(Exercise exercise, int level, String date, int painDuring, int painNextMorning) {
        return log(PROGRAMME, exercise, level, date, true, PainScore.of(painDuring), PainScore.of(painNextMorning));
    }

    /** A session done in full whose next-morning pain the patient has not reported yet. */
    static SessionLog doneAwaitingMorning(Exercise exercise, int level, String date, int painDuring) {
        return log(PROGRAMME, exercise, level, date, true, PainScore.of(painDuring), null);
    }

    static SessionLog notCompleted(Exercise exercise, int level, String date, int painDuring, int painNextMorning) {
        return log(PROGRAMME, exercise, level, date, false, PainScore.of(painDuring), PainScore.of(painNextMorning));
    }

    static SessionLog log(ProgrammeId programme, Exercise exercise, int level, String date, boolean completed,
                          @Nullable PainScore painDuring, @Nullable PainScore painNextMorning) {
        var day = LocalDate.parse(date);
        return new SessionLog(new SessionLogId(new UUID(0x5, NEXT_LOG.incrementAndGet())), programme,
                PROGRAMME_VERSION, exercise.id(), level, day, completed, 3, painDuring, painNextMorning, "",
                PATIENT, day.atTime(LocalTime.of(19, 0)).toInstant(ZoneOffset.UTC), 0);
    }

    /** The same log as if recorded while another version of the programme was in force. */
    static SessionLog underVersion(int programmeVersion, SessionLog log) {
        return new SessionLog(log.id(), log.programme(), programmeVersion, log.exercise(), log.level(), log.date(),
                log.completed(), log.setsDone(), log.painDuring(), log.painNextMorning(), log.comment(),
                log.enteredBy(), log.enteredAt(), log.version());
    }

    /** The same log as if entered at another time of its day. */
    static SessionLog enteredAt(SessionLog log, String time) {
        return new SessionLog(log.id(), log.programme(), log.programmeVersion(), log.exercise(), log.level(),
                log.date(), log.completed(), log.setsDone(), log.painDuring(), log.painNextMorning(), log.comment(),
                log.enteredBy(), log.date().atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC), log.version());
    }

    static List<SessionLogId> ids(SessionLog... logs) {
        return Arrays.stream(logs).map(SessionLog::id).toList();
    }
}
