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
import java.util.TreeMap;
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
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

class ProgressionEnginePropertyTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
    private static final ExerciseId NOT_PRESCRIBED = new ExerciseId(new UUID(0xE, 99));

    /** A programme's versions with their library, the session logs reported so far and the baseline pain. */
    record Scenario(List<ProgrammeVersion> history, Map<ExerciseId, Exercise> library, List<SessionLog> logs,
                    PainScore baselinePain) {

        List<Proposal> evaluate() {
            return ProgressionEngine.evaluate(PROGRAMME, history, library, logs, baselinePain);
        }

        ProgrammeVersion evaluated() {
            return history.getLast();
        }

        ProgressionRules rules() {
            return evaluated().content().rules();
        }

        Exercise exerciseOf(Proposal proposal) {
            return library.get(proposal.exercise());
        }

        /*
         * What the engine is meant to do, worked out here independently of it.
         */

        /** The number of the earliest version from which on the exercise is prescribed as in the last one. */
        int prescribedSince(ExerciseId exercise) {
            var now = evaluated().content().prescribed(exercise).orElseThrow();
            int since = evaluated().number();
            for (int i = history.size() - 1; i >= 0; i--) {
                var then = history.get(i).content().prescribed(exercise).orElse(null);
                if (then == null || then.level() != now.level() || !then.dosage().equals(now.dosage())) {
                    break;
                }
                since = history.get(i).number();
            }
            return since;
        }

        /** The logs that may count for the proposal: logged under the exercise's current prescription. */
        List<SessionLog> eligibleFor(Proposal proposal) {
            int since = prescribedSince(proposal.exercise());
            return logs.stream()
                    .filter(log -> log.programme().equals(PROGRAMME) && log.exercise().equals(proposal.exercise())
                            && log.level() == proposal.fromLevel() && log.programmeVersion() >= since)
                    .toList();
        }

        /** The worst eligible log of each day, newest day first. */
        List<SessionLog> sessionsBehind(Proposal proposal) {
            var worstByDay = new TreeMap<LocalDate, SessionLog>(Comparator.reverseOrder());
            for (var log : eligibleFor(proposal)) {
                worstByDay.merge(log.date(), log, (kept, other) -> isWorse(other, kept, baselinePain) ? other : kept);
            }
            return List.copyOf(worstByDay.values());
        }

        /** What the rules call the recent sessions. */
        List<SessionLog> recentLogsBehind(Proposal proposal) {
            return sessionsBehind(proposal).stream().limit(rules().sessionsRequired()).toList();
        }

        int advanceLimit(Proposal proposal) {
            return Math.min(rules().advanceMaxPain(), proposal.fromDosage().painLimit().value());
        }

        int stepBackLimit(Proposal proposal) {
            return Math.min(rules().holdMaxPain(), proposal.fromDosage().painLimit().value());
        }

        private static boolean isWorse(SessionLog log, SessionLog than, PainScore baseline) {
            boolean morningFlare = log.painNextMorning() != null && log.painNextMorning().isAbove(baseline);
            boolean thanMorningFlare = than.painNextMorning() != null && than.painNextMorning().isAbove(baseline);
            if (morningFlare != thanMorningFlare) {
                return morningFlare;
            }
            int pain = log.painDuring() == null ? -1 : log.painDuring().value();
            int thanPain = than.painDuring() == null ? -1 : than.painDuring().value();
            if (pain != thanPain) {
                return pain > thanPain;
            }
            if (log.completed() != than.completed()) {
                return !log.completed();
            }
            if (!log.enteredAt().equals(than.enteredAt())) {
                return log.enteredAt().isAfter(than.enteredAt());
            }
            return log.id().value().compareTo(than.id().value()) < 0;
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
        for (var proposal : scenario.evaluate()) {
            int advanceLimit = scenario.advanceLimit(proposal);
            boolean hurtTooMuch = scenario.recentLogsBehind(proposal).stream()
                    .anyMatch(log -> log.painDuring() != null && !log.painDuring().isAtMost(advanceLimit));
            if (hurtTooMuch) {
                assertThat(proposal.kind()).isNotEqualTo(ProposalKind.ADVANCE);
            }
        }
    }

    @Property
    void aRecentSessionAboveTheStepBackLimitAlwaysStepsBack(@ForAll("scenariosUnderAnyRules") Scenario scenario) {
        for (var proposal : scenario.evaluate()) {
            int stepBackLimit = scenario.stepBackLimit(proposal);
            var tooPainful = scenario.recentLogsBehind(proposal).stream()
                    .filter(log -> log.painDuring() != null && !log.painDuring().isAtMost(stepBackLimit))
                    .toList();
            if (!tooPainful.isEmpty()) {
                assertThat(proposal.kind()).isEqualTo(ProposalKind.STEP_BACK);
                assertThat(proposal.usedLogs()).containsAll(tooPainful.stream().map(SessionLog::id).toList());
                assertThat(proposal.reason()).contains("above the limit of " + stepBackLimit + "/10");
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
        var fromShuffled = ProgressionEngine.evaluate(PROGRAMME, scenario.history(), scenario.library(), shuffled,
                scenario.baselinePain());

        assertThat(again).isEqualTo(first);
        assertThat(fromShuffled).isEqualTo(first);
    }

    @Property
    void everyDecisionNamesAndDatesTheLogsItRestsOn(@ForAll("scenariosUnderAnyRules") Scenario scenario) {
        for (var proposal : scenario.evaluate()) {
            var eligible = scenario.eligibleFor(proposal);
            var used = eligible.stream().filter(log -> proposal.usedLogs().contains(log.id())).toList();

            assertThat(used).hasSameSizeAs(proposal.usedLogs())
                    .allSatisfy(log -> assertThat(proposal.reason()).contains(log.date().toString()));
            assertThat(used).extracting(SessionLog::date).doesNotHaveDuplicates();
            if (proposal.kind() != ProposalKind.NOT_ENOUGH_LOGS) {
                assertThat(proposal.usedLogs()).isNotEmpty();
            }
        }
    }

    @Property
    void aDecisionRestsOnTheWorstLogOfEachOfTheMostRecentDays(@ForAll("scenariosUnderAnyRules") Scenario scenario) {
        for (var proposal : scenario.evaluate()) {
            var recent = scenario.recentLogsBehind(proposal).stream().map(SessionLog::id).toList();
            switch (proposal.kind()) {
                case ADVANCE, HOLD, NOT_ENOUGH_LOGS -> assertThat(proposal.usedLogs()).isEqualTo(recent);
                case STEP_BACK -> assertThat(recent).containsAll(proposal.usedLogs());
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

    /**
     * Accepting a change makes a new version; until the patient logs under it there is no evidence for
     * another change, while the other exercises keep their evidence and their proposals.
     */
    @Property
    void afterAcceptingAChangeTheSameLogsProposeNoFurtherChange(@ForAll("scenariosUnderAnyRules") Scenario scenario) {
        var before = scenario.evaluate();
        for (var proposal : before) {
            boolean changes = proposal.changesPrescription() && (proposal.toLevel() != proposal.fromLevel()
                    || !proposal.toDosage().equals(proposal.fromDosage()));
            if (!changes) {
                continue;
            }
            Statistics.label("accepted").collect(proposal.kind());
            var last = scenario.evaluated();
            var accepted = new ProgrammeVersion(last.number() + 1, ProgrammeStatus.ACTIVE,
                    last.content().withExerciseAt(proposal.exercise(), proposal.toLevel(), proposal.toDosage()),
                    ForefootFixtures.CLINICIAN, last.createdAt().plusSeconds(86_400));
            var history = new ArrayList<>(scenario.history());
            history.add(accepted);

            var after = ProgressionEngine.evaluate(PROGRAMME, history, scenario.library(), scenario.logs(),
                    scenario.baselinePain());

            for (int i = 0; i < before.size(); i++) {
                var earlier = before.get(i);
                var now = after.get(i);
                assertThat(now.exercise()).isEqualTo(earlier.exercise());
                assertThat(now.programmeVersion()).isEqualTo(accepted.number());
                if (now.exercise().equals(proposal.exercise())) {
                    assertThat(now.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
                    assertThat(now.usedLogs()).isEmpty();
                    assertThat(now.fromLevel()).isEqualTo(proposal.toLevel());
                    assertThat(now.fromDosage()).isEqualTo(proposal.toDosage());
                } else {
                    assertThat(now.id()).isEqualTo(earlier.id());
                    assertThat(now.kind()).isEqualTo(earlier.kind());
                    assertThat(now.usedLogs()).isEqualTo(earlier.usedLogs());
                    assertThat(now.reason()).isEqualTo(earlier.reason());
                }
            }
        }
        Statistics.label("accepted").coverage(coverage -> {
            coverage.check(ProposalKind.ADVANCE).count(count -> count >= 10);
            coverage.check(ProposalKind.STEP_BACK).count(count -> count >= 10);
        });
    }

    @Property
    void theLogsGeneratedSpanSeveralVersions(@ForAll("scenariosUnderAnyRules") Scenario scenario) {
        Statistics.label("versions").collect(scenario.history().size());
        for (var prescribed : scenario.evaluated().content().exercises()) {
            Statistics.label("prescribed as now since").collect(scenario.prescribedSince(prescribed.exercise()));
        }
        for (var log : scenario.logs()) {
            Statistics.label("log under the last version").collect(
                    log.programmeVersion() == scenario.evaluated().number());
        }
        Statistics.label("versions").coverage(coverage -> {
            coverage.check(1).percentage(percent -> percent >= 3);
            coverage.check(2).percentage(percent -> percent >= 10);
            coverage.check(3).percentage(percent -> percent >= 10);
            coverage.check(4).percentage(percent -> percent >= 10);
        });
        Statistics.label("prescribed as now since").coverage(coverage -> {
            coverage.check(1).percentage(percent -> percent >= 10);
            coverage.check(2).percentage(percent -> percent >= 5);
            coverage.check(3).percentage(percent -> percent >= 5);
        });
        Statistics.label("log under the last version").coverage(coverage -> {
            coverage.check(true).percentage(percent -> percent >= 20);
            coverage.check(false).percentage(percent -> percent >= 20);
        });
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
     * a level, an exercise or a version is chosen as a number and fitted to what exists when the scenario
     * is built.
     */

    /**
     * How one version prescribes one exercise.
     *
     * @param keep    whether to prescribe it as the version before did, when it did
     * @param present whether the version prescribes it at all; the last version prescribes every exercise
     * @param level   the level (fitted to the exercise's levels) when not kept
     * @param dosage  the dosage when not kept; {@code null} for the level's own
     */
    record PrescriptionChoice(boolean keep, boolean present, int level, @Nullable Dosage dosage) {
    }

    /**
     * @param ofAnotherProgramme whether the log belongs to another programme
     * @param versionsBack how many versions before the last one the log was recorded under (fitted to how
     *                     many there are)
     * @param exercise which exercise the log is of (fitted to how many there are); -1 for one that is
     *                 not prescribed
     * @param level    0 for the level prescribed under that version, otherwise the level itself, which the
     *                 exercise may lack
     */
    record LogChoice(boolean ofAnotherProgramme, int versionsBack, int exercise, int level, int day, int enteredAtHour,
                     boolean completed, PainScore during, @Nullable PainScore nextMorning) {
    }

    private Arbitrary<Scenario> scenarios(Arbitrary<ProgressionRules> rules) {
        var exercises = dosages().list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(3);
        // Mostly several versions, so that logs are recorded under more than one. The most versions come
        // first, because jqwik mixes in a frequency's first value as an edge case.
        var versionCount = Arbitraries.frequency(Tuple.of(2, 4), Tuple.of(2, 3), Tuple.of(2, 2), Tuple.of(1, 1));
        var versions = prescriptionChoices().list().ofSize(3).list().ofSize(4);
        var logs = logChoices().list().ofMaxSize(40);
        return Combinators.combine(exercises, versionCount, versions, rules, logs, baselinePain())
                .as((levelDosages, count, choices, someRules, logChoices, baseline) -> scenario(levelDosages,
                        choices.subList(0, count), someRules, logChoices, baseline));
    }

    private static Scenario scenario(List<List<Dosage>> levelDosages, List<List<PrescriptionChoice>> versionChoices,
                                     ProgressionRules rules, List<LogChoice> logChoices, PainScore baseline) {
        var library = new LinkedHashMap<ExerciseId, Exercise>();
        for (int i = 0; i < levelDosages.size(); i++) {
            var exercise = exercise(i + 1, levelDosages.get(i));
            library.put(exercise.id(), exercise);
        }
        var exercises = List.copyOf(library.values());
        var history = new ArrayList<ProgrammeVersion>();
        for (int number = 1; number <= versionChoices.size(); number++) {
            boolean last = number == versionChoices.size();
            var previous = history.isEmpty() ? null : history.getLast().content();
            var prescribed = new ArrayList<PrescribedExercise>();
            for (int i = 0; i < exercises.size(); i++) {
                var exercise = exercises.get(i);
                var choice = versionChoices.get(number - 1).get(i);
                var before = previous == null ? null : previous.prescribed(exercise.id()).orElse(null);
                if (!choice.present() && !last) {
                    continue;
                }
                if (choice.keep() && before != null) {
                    prescribed.add(before);
                    continue;
                }
                int level = 1 + choice.level() % exercise.levelCount();
                var dosage = choice.dosage() != null ? choice.dosage() : exercise.level(level).defaultDosage();
                prescribed.add(new PrescribedExercise(exercise.id(), level, dosage, ""));
            }
            history.add(version(number, rules, prescribed.toArray(PrescribedExercise[]::new)));
        }
        var logs = IntStream.range(0, logChoices.size())
                .mapToObj(i -> sessionLog(new SessionLogId(new UUID(0x5, i + 1)), logChoices.get(i), history,
                        exercises))
                .toList();
        return new Scenario(List.copyOf(history), library, logs, baseline);
    }

    private static Exercise exercise(int number, List<Dosage> dosages) {
        var levels = IntStream.rangeClosed(1, dosages.size())
                .mapToObj(level -> new Level(level, "Level " + level, "", dosages.get(level - 1)))
                .toArray(Level[]::new);
        return ForefootFixtures.exercise(number, "forefoot-exercise-" + number, "Forefoot exercise " + number,
                List.of(ExercisePurpose.INTRINSIC_FOOT_STRENGTH), levels);
    }

    private static SessionLog sessionLog(SessionLogId id, LogChoice choice, List<ProgrammeVersion> history,
                                         List<Exercise> exercises) {
        var version = history.get(history.size() - 1 - choice.versionsBack() % history.size());
        var of = exercises.get(Math.max(choice.exercise(), 0) % exercises.size()).id();
        var exercise = choice.exercise() < 0 ? NOT_PRESCRIBED : of;
        // The level prescribed under that version, or now when that version did not prescribe the exercise.
        int prescribedLevel = version.content().prescribed(of)
                .or(() -> history.getLast().content().prescribed(of)).orElseThrow().level();
        var date = FIRST_DAY.plusDays(choice.day());
        // A session not done at all may have no pain rating.
        var during = choice.completed() || choice.during().value() % 4 != 0 ? choice.during() : null;
        return new SessionLog(id, choice.ofAnotherProgramme() ? ANOTHER_PROGRAMME : PROGRAMME, version.number(),
                exercise, choice.level() == 0 ? prescribedLevel : choice.level(), date, choice.completed(), null,
                during, choice.nextMorning(), "", ForefootFixtures.PATIENT,
                date.atTime(LocalTime.of(choice.enteredAtHour(), 0)).toInstant(ZoneOffset.UTC), 0);
    }

    /**
     * Mostly an exercise prescribed as before; now and then changed, left out of a version, or set to a
     * level's own dosage, so that a later version may prescribe it as an earlier one did.
     */
    private Arbitrary<PrescriptionChoice> prescriptionChoices() {
        var keep = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
        var present = Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false));
        var level = Arbitraries.integers().between(0, 4);
        var dosage = dosages().injectNull(0.3);
        return Combinators.combine(keep, present, level, dosage).as(PrescriptionChoice::new);
    }

    /**
     * Mostly logs of the prescribed exercises at the levels prescribed when they were logged, under any
     * version but more often the last, with some that must be ignored.
     */
    private Arbitrary<LogChoice> logChoices() {
        var ofAnotherProgramme = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
        var versionsBack = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(0, 3)));
        var exercise = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(0, 2)),
                Tuple.of(1, Arbitraries.just(-1)));
        var level = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, 5)));
        var day = Arbitraries.integers().between(0, 20);
        // Few distinct entry times, so that logs of the same day often tie and the id has to decide.
        var enteredAtHour = Arbitraries.integers().between(18, 19);
        var completed = Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false));
        var pains = Combinators.combine(painDuring(), painNextMorning().injectNull(0.1)).as(Tuple::of);
        return Combinators
                .combine(ofAnotherProgramme, versionsBack, exercise, level, day, enteredAtHour, completed, pains)
                .as((another, back, ofExercise, atLevel, onDay, hour, done, pain) -> new LogChoice(another, back,
                        ofExercise, atLevel, onDay, hour, done, pain.get1(), pain.get2()));
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
        // Mostly no stricter than the rules, now and then a limit of its own, such as 2/10 for a warm soak.
        var painLimit = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(5, 10)),
                Tuple.of(1, Arbitraries.integers().between(0, 4))).map(PainScore::of);
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
