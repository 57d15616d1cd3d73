package org.rehabrx.core.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.core.progression.ForefootFixtures.ANOTHER_PROGRAMME;
import static org.rehabrx.core.progression.ForefootFixtures.PROGRAMME;
import static org.rehabrx.core.progression.ForefootFixtures.version;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExercisePurpose;
import org.rehabrx.core.exercise.Level;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

class ProgressionEnginePropertyTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
    private static final ExerciseId NOT_PRESCRIBED = new ExerciseId(new UUID(0xE, 99));

    /** A programme version with its library, the session logs reported so far and the baseline pain. */
    record Scenario(ProgrammeVersion version, Map<ExerciseId, Exercise> library, List<SessionLog> logs,
                    PainScore baselinePain) {

        List<Proposal> evaluate() {
            return ProgressionEngine.evaluate(PROGRAMME, version, library, logs, baselinePain);
        }

        ProgressionRules rules() {
            return version.content().rules();
        }

        Exercise exerciseOf(Proposal proposal) {
            return library.get(proposal.exercise());
        }

        /** What the rules call the recent sessions, worked out here independently of the engine. */
        List<SessionLog> recentLogsBehind(Proposal proposal) {
            return logs.stream()
                    .filter(log -> log.programme().equals(PROGRAMME) && log.exercise().equals(proposal.exercise())
                            && log.level() == proposal.fromLevel())
                    .sorted(Comparator.comparing(SessionLog::date).thenComparing(SessionLog::enteredAt).reversed()
                            .thenComparing(log -> log.id().value()))
                    .limit(rules().sessionsRequired())
                    .toList();
        }
    }

    @Property
    void underTheDefaultRulesAnAdvanceNeverRestsOnASessionAbove5(@ForAll("scenarios") Scenario scenario) {
        for (var proposal : scenario.evaluate()) {
            Statistics.label("kind").collect(proposal.kind());
            if (proposal.kind() == ProposalKind.ADVANCE) {
                var used = scenario.logs().stream().filter(log -> proposal.usedLogs().contains(log.id())).toList();
                assertThat(used).hasSize(scenario.rules().sessionsRequired())
                        .allSatisfy(log -> assertThat(log.painDuring()).isNotNull()
                                .matches(pain -> pain.isAtMost(5)));
            }
        }
        // Advances need several good sessions in a row, so they are the rarest; all four must still occur.
        Statistics.label("kind").coverage(coverage -> {
            coverage.check(ProposalKind.ADVANCE).percentage(percent -> percent >= 1);
            coverage.check(ProposalKind.HOLD).percentage(percent -> percent >= 5);
            coverage.check(ProposalKind.STEP_BACK).percentage(percent -> percent >= 5);
            coverage.check(ProposalKind.NOT_ENOUGH_LOGS).percentage(percent -> percent >= 5);
        });
    }

    @Property
    void neverAdvancesWhenARecentSessionHurtMoreThanTheAdvanceLimit(
            @ForAll("scenariosUnderAnyRules") Scenario scenario) {
        int advanceMaxPain = scenario.rules().advanceMaxPain();
        for (var proposal : scenario.evaluate()) {
            boolean hurtTooMuch = scenario.recentLogsBehind(proposal).stream()
                    .anyMatch(log -> log.painDuring() != null && !log.painDuring().isAtMost(advanceMaxPain));
            if (hurtTooMuch) {
                assertThat(proposal.kind()).isNotEqualTo(ProposalKind.ADVANCE);
            }
        }
    }

    @Property
    void levelsStayWithinTheExercise(@ForAll("scenariosUnderAnyRules") Scenario scenario) {
        for (var proposal : scenario.evaluate()) {
            int levelCount = scenario.exerciseOf(proposal).levelCount();
            assertThat(proposal.toLevel()).isBetween(1, levelCount);
            int expectedRange = switch (proposal.kind()) {
                case STEP_BACK -> Math.max(1, proposal.fromLevel() - 1);
                case ADVANCE -> Math.min(levelCount, proposal.fromLevel() + 1);
                case HOLD, NOT_ENOUGH_LOGS -> proposal.fromLevel();
            };
            assertThat(proposal.toLevel()).isEqualTo(expectedRange);
        }
    }

    @Property
    void theSameLogsInAnyOrderGiveEqualProposals(@ForAll("scenariosUnderAnyRules") Scenario scenario,
                                                 @ForAll Random random) {
        var shuffled = new ArrayList<>(scenario.logs());
        Collections.shuffle(shuffled, random);

        var first = scenario.evaluate();
        var again = scenario.evaluate();
        var fromShuffled = ProgressionEngine.evaluate(PROGRAMME, scenario.version(), scenario.library(), shuffled,
                scenario.baselinePain());

        assertThat(again).isEqualTo(first);
        assertThat(fromShuffled).isEqualTo(first);
    }

    @Property
    void everyDecisionNamesAndDatesTheLogsItRestsOn(@ForAll("scenariosUnderAnyRules") Scenario scenario) {
        for (var proposal : scenario.evaluate()) {
            var eligible = scenario.logs().stream()
                    .filter(log -> log.programme().equals(PROGRAMME) && log.exercise().equals(proposal.exercise())
                            && log.level() == proposal.fromLevel())
                    .toList();
            var used = eligible.stream().filter(log -> proposal.usedLogs().contains(log.id())).toList();

            assertThat(used).hasSameSizeAs(proposal.usedLogs())
                    .allSatisfy(log -> assertThat(proposal.reason()).contains(log.date().toString()));
            if (proposal.kind() != ProposalKind.NOT_ENOUGH_LOGS) {
                assertThat(proposal.usedLogs()).isNotEmpty();
            }
        }
    }

    @Property
    void dosagesStayValidAndADosageStepNeverPassesTheCap(@ForAll("scenariosUnderAnyRules") Scenario scenario) {
        var rules = scenario.rules();
        for (var proposal : scenario.evaluate()) {
            var to = proposal.toDosage();
            assertThat(Dosage.problems(to.sets(), to.reps(), to.holdSeconds(), to.durationMinutes(), to.restSeconds(),
                    to.timesPerDay(), to.daysPerWeek())).isEmpty();
            assertThat(to.side()).isEqualTo(proposal.fromDosage().side());
            boolean sameLevel = proposal.toLevel() == proposal.fromLevel();
            if (proposal.kind() == ProposalKind.ADVANCE && sameLevel) {
                assertThat(amount(to)).isGreaterThan(amount(proposal.fromDosage()));
                assertThat(to.reps() == null || to.reps() <= rules.repsCap()).isTrue();
                assertThat(to.holdSeconds() == null || to.holdSeconds() <= rules.holdCapSeconds()).isTrue();
                assertThat(to.durationMinutes() == null || to.durationMinutes() <= rules.durationCapMinutes())
                        .isTrue();
            }
            if (proposal.kind() == ProposalKind.STEP_BACK && sameLevel) {
                assertThat(amount(to)).isBetween(1, amount(proposal.fromDosage()));
            }
            if (proposal.kind() == ProposalKind.HOLD || proposal.kind() == ProposalKind.NOT_ENOUGH_LOGS) {
                assertThat(to).isEqualTo(proposal.fromDosage());
            }
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return scenarios(Arbitraries.just(ProgressionRules.PAIN_MONITORING_MODEL));
    }

    @Provide
    Arbitrary<Scenario> scenariosUnderAnyRules() {
        return scenarios(rules());
    }

    /*
     * Built from independent choices rather than with flatMap, which keeps generation and shrinking fast:
     * a level or an exercise is chosen as a number and fitted to what exists when the scenario is built.
     */

    /** Which level to prescribe (fitted to the exercise's levels) and at what dosage. */
    record PrescriptionChoice(int level, Dosage dosage) {
    }

    /**
     * @param exercise which prescribed exercise the log is of (fitted to how many there are); -1 for one
     *                 that is not prescribed
     * @param level    0 for the prescribed level, otherwise the level itself, which the exercise may lack
     */
    record LogChoice(boolean ofAnotherProgramme, int exercise, int level, int day, int enteredAtHour,
                     boolean completed, PainScore during, @Nullable PainScore nextMorning) {
    }

    private Arbitrary<Scenario> scenarios(Arbitrary<ProgressionRules> rules) {
        var exercises = dosages().list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(3);
        var prescriptions = Combinators.combine(Arbitraries.integers().between(0, 4), dosages())
                .as(PrescriptionChoice::new).list().ofSize(3);
        var logs = logChoices().list().ofMaxSize(30);
        return Combinators.combine(exercises, prescriptions, rules, logs, baselinePain())
                .as(ProgressionEnginePropertyTest::scenario);
    }

    private static Scenario scenario(List<List<Dosage>> levelDosages, List<PrescriptionChoice> prescriptionChoices,
                                     ProgressionRules rules, List<LogChoice> logChoices, PainScore baseline) {
        var library = new LinkedHashMap<ExerciseId, Exercise>();
        var prescribed = new ArrayList<PrescribedExercise>();
        for (int i = 0; i < levelDosages.size(); i++) {
            var exercise = exercise(i + 1, levelDosages.get(i));
            var choice = prescriptionChoices.get(i);
            library.put(exercise.id(), exercise);
            prescribed.add(new PrescribedExercise(exercise.id(), 1 + choice.level() % exercise.levelCount(),
                    choice.dosage(), ""));
        }
        var logs = IntStream.range(0, logChoices.size())
                .mapToObj(i -> sessionLog(new SessionLogId(new UUID(0x5, i + 1)), logChoices.get(i), prescribed))
                .toList();
        return new Scenario(version(rules, prescribed.toArray(PrescribedExercise[]::new)), library, logs, baseline);
    }

    private static Exercise exercise(int number, List<Dosage> dosages) {
        var levels = IntStream.rangeClosed(1, dosages.size())
                .mapToObj(level -> new Level(level, "Level " + level, "", dosages.get(level - 1)))
                .toArray(Level[]::new);
        return ForefootFixtures.exercise(number, "forefoot-exercise-" + number, "Forefoot exercise " + number,
                List.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH), levels);
    }

    private static SessionLog sessionLog(SessionLogId id, LogChoice choice, List<PrescribedExercise> prescribed) {
        var of = prescribed.get(Math.max(choice.exercise(), 0) % prescribed.size());
        var exercise = choice.exercise() < 0 ? NOT_PRESCRIBED : of.exercise();
        var date = FIRST_DAY.plusDays(choice.day());
        // A session not done at all may have no pain rating.
        var during = choice.completed() || choice.during().value() % 4 != 0 ? choice.during() : null;
        return new SessionLog(id, choice.ofAnotherProgramme() ? ANOTHER_PROGRAMME : PROGRAMME, 1, exercise,
                choice.level() == 0 ? of.level() : choice.level(), date, choice.completed(), null, during,
                choice.nextMorning(), "", ForefootFixtures.PATIENT,
                date.atTime(LocalTime.of(choice.enteredAtHour(), 0)).toInstant(ZoneOffset.UTC), 0);
    }

    /** Mostly logs of the prescribed exercises at their prescribed levels, with some that must be ignored. */
    private Arbitrary<LogChoice> logChoices() {
        var ofAnotherProgramme = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
        var exercise = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(0, 2)),
                Tuple.of(1, Arbitraries.just(-1)));
        var level = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, 5)));
        var day = Arbitraries.integers().between(0, 20);
        // Few distinct entry times, so that logs of the same day often tie and the id has to decide.
        var enteredAtHour = Arbitraries.integers().between(18, 19);
        var completed = Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false));
        return Combinators.combine(ofAnotherProgramme, exercise, level, day, enteredAtHour, completed, painDuring(),
                painNextMorning().injectNull(0.1)).as(LogChoice::new);
    }

    private Arbitrary<ProgressionRules> rules() {
        var required = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(1, 5)),
                Tuple.of(1, Arbitraries.integers().between(6, 14)));
        var advanceMaxPain = Arbitraries.integers().between(0, 9);
        var holdAbove = Arbitraries.integers().between(1, 10);
        var steps = Combinators.combine(Arbitraries.integers().between(1, 10), Arbitraries.integers().between(1, 20),
                Arbitraries.integers().between(1, 10)).as(Tuple::of);
        // Caps beyond what a dosage may hold at all, so that the engine has to respect both.
        var caps = Combinators.combine(Arbitraries.integers().between(1, 150), Arbitraries.integers().between(1, 400),
                Arbitraries.integers().between(1, 90)).as(Tuple::of);
        return Combinators.combine(required, advanceMaxPain, holdAbove, steps, caps).as(
                (sessions, advance, above, step, cap) -> new ProgressionRules(sessions, advance,
                        Math.min(advance + above, 10), step.get1(), step.get2(), step.get3(), cap.get1(), cap.get2(),
                        cap.get3()));
    }

    private Arbitrary<Dosage> dosages() {
        var sets = Arbitraries.integers().between(1, 3);
        var rest = Arbitraries.integers().between(0, 60);
        var timesPerDay = Arbitraries.integers().between(1, 3);
        var daysPerWeek = Arbitraries.integers().between(1, 7);
        var side = Arbitraries.of(Side.class);
        var painLimit = Arbitraries.integers().between(3, 6).map(PainScore::of);
        return Arbitraries.oneOf(
                Combinators.combine(sets, Arbitraries.integers().between(1, Dosage.MAX_REPS), rest, timesPerDay,
                        daysPerWeek, side, painLimit).as(Dosage::reps),
                Combinators.combine(sets, Arbitraries.integers().between(1, Dosage.MAX_HOLD_SECONDS), rest,
                        timesPerDay, daysPerWeek, side, painLimit).as(Dosage::hold),
                Combinators.combine(sets, Arbitraries.integers().between(1, Dosage.MAX_DURATION_MINUTES), rest,
                        timesPerDay, daysPerWeek, side, painLimit).as(Dosage::duration));
    }

    /** Pain during exercise as patients mostly report it: low, sometimes moderate, now and then a flare-up. */
    private Arbitrary<PainScore> painDuring() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(0, 3)),
                Tuple.of(2, Arbitraries.integers().between(4, 5)),
                Tuple.of(1, Arbitraries.integers().between(6, 10))).map(PainScore::of);
    }

    /** Morning pain, mostly at or below a typical baseline. */
    private Arbitrary<PainScore> painNextMorning() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.integers().between(0, 2)),
                Tuple.of(2, Arbitraries.integers().between(3, 5)),
                Tuple.of(1, Arbitraries.integers().between(6, 10))).map(PainScore::of);
    }

    private Arbitrary<PainScore> baselinePain() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(2, 5)),
                Tuple.of(1, Arbitraries.integers().between(0, 10))).map(PainScore::of);
    }

    private static int amount(Dosage dosage) {
        if (dosage.reps() != null) {
            return dosage.reps();
        }
        return dosage.holdSeconds() != null ? dosage.holdSeconds() : Objects.requireNonNull(dosage.durationMinutes());
    }
}
