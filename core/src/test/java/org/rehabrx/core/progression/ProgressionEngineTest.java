package org.rehabrx.core.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.rehabrx.core.progression.ForefootFixtures.ANOTHER_PROGRAMME;
import static org.rehabrx.core.progression.ForefootFixtures.BAREFOOT_WALK;
import static org.rehabrx.core.progression.ForefootFixtures.BASELINE;
import static org.rehabrx.core.progression.ForefootFixtures.LIBRARY;
import static org.rehabrx.core.progression.ForefootFixtures.PROGRAMME;
import static org.rehabrx.core.progression.ForefootFixtures.PROGRAMME_VERSION;
import static org.rehabrx.core.progression.ForefootFixtures.SHORT_FOOT_HOLD;
import static org.rehabrx.core.progression.ForefootFixtures.TOE_CURLS;
import static org.rehabrx.core.progression.ForefootFixtures.done;
import static org.rehabrx.core.progression.ForefootFixtures.doneAwaitingMorning;
import static org.rehabrx.core.progression.ForefootFixtures.enteredAt;
import static org.rehabrx.core.progression.ForefootFixtures.ids;
import static org.rehabrx.core.progression.ForefootFixtures.library;
import static org.rehabrx.core.progression.ForefootFixtures.log;
import static org.rehabrx.core.progression.ForefootFixtures.nextVersion;
import static org.rehabrx.core.progression.ForefootFixtures.notCompleted;
import static org.rehabrx.core.progression.ForefootFixtures.prescribed;
import static org.rehabrx.core.progression.ForefootFixtures.rulesRequiring;
import static org.rehabrx.core.progression.ForefootFixtures.underVersion;
import static org.rehabrx.core.progression.ForefootFixtures.version;
import static org.rehabrx.core.progression.ForefootFixtures.withGoal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.exercise.Dosage;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.ProgrammeVersion;
import org.rehabrx.core.programme.ProgressionRules;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;

class ProgressionEngineTest {

    private static final PrescribedExercise TOE_CURLS_AT_1 = prescribed(TOE_CURLS, 1, Side.LEFT);
    private static final PrescribedExercise TOE_CURLS_AT_2 = prescribed(TOE_CURLS, 2, Side.LEFT);

    @Nested
    class Advance {

        @Test
        void advancesToLevel2AfterThreeCompletedSessionsWithLowPainThatSettled() {
            var monday = done(TOE_CURLS, 1, "2026-03-02", 2, 1);
            var wednesday = done(TOE_CURLS, 1, "2026-03-04", 3, 2);
            var friday = done(TOE_CURLS, 1, "2026-03-06", 1, 0);

            var proposal = evaluateOne(version(TOE_CURLS_AT_1), monday, wednesday, friday);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(proposal.fromLevel()).isEqualTo(1);
            assertThat(proposal.toLevel()).isEqualTo(2);
            assertThat(proposal.toDosage()).isEqualTo(TOE_CURLS.level(2).defaultDosage().withSide(Side.LEFT));
            assertThat(proposal.usedLogs()).containsExactlyElementsOf(ids(friday, wednesday, monday));
            assertThat(proposal.status()).isEqualTo(ProposalStatus.PENDING);
            assertThat(proposal.reason()).isEqualTo("The last 3 sessions at level 1 were completed with pain during"
                    + " of at most 3/10 and next-morning pain no worse than the baseline of 2/10:"
                    + " 2026-03-06 (1/10 during, 0/10 next morning), 2026-03-04 (3/10 during, 2/10 next morning)"
                    + " and 2026-03-02 (2/10 during, 1/10 next morning). Advance to level 2.");
        }

        @Test
        void onlyTheMostRecentSessionsCountSoAnOlderFlareUpNoLongerHoldsThePatientBack() {
            var oldFlareUp = done(TOE_CURLS, 1, "2026-02-27", 8, 5);
            var recent = List.of(done(TOE_CURLS, 1, "2026-03-02", 2, 1), done(TOE_CURLS, 1, "2026-03-04", 3, 2),
                    done(TOE_CURLS, 1, "2026-03-06", 1, 0));
            var logs = new ArrayList<>(recent);
            logs.add(oldFlareUp);

            var proposal = evaluateOne(version(TOE_CURLS_AT_1), logs);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(proposal.usedLogs()).hasSize(3).doesNotContain(oldFlareUp.id());
            assertThat(proposal.reason()).doesNotContain("2026-02-27");
        }

        @Test
        void atTheTopLevelAnAdvanceAddsTwoRepetitions() {
            var proposal = evaluateOne(version(prescribed(TOE_CURLS, 3, Side.RIGHT)), threeGoodSessions(TOE_CURLS, 3));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(proposal.toLevel()).isEqualTo(3);
            assertThat(proposal.toDosage()).isEqualTo(TOE_CURLS.level(3).defaultDosage().withSide(Side.RIGHT).withReps(17));
            assertThat(proposal.reason()).endsWith(
                    "Level 3 is the top level, so advance the dosage by raising the repetitions from 15 to 17.");
        }

        @Test
        void atTheTopLevelAnAdvanceAddsFiveSecondsToAHold() {
            var proposal = evaluateOne(version(prescribed(SHORT_FOOT_HOLD, 2, Side.BOTH)),
                    threeGoodSessions(SHORT_FOOT_HOLD, 2));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(proposal.toDosage().holdSeconds()).isEqualTo(25);
            assertThat(proposal.reason()).endsWith("raising the hold from 20 to 25 seconds.");
        }

        @Test
        void aDurationGrowsByTwoMinutesWhenTheExerciseHasOnlyOneLevel() {
            var proposal = evaluateOne(version(prescribed(BAREFOOT_WALK, 1, Side.BOTH)),
                    threeGoodSessions(BAREFOOT_WALK, 1));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(proposal.toLevel()).isEqualTo(1);
            assertThat(proposal.toDosage().durationMinutes()).isEqualTo(12);
        }

        @Test
        void aDosageStepStopsAtTheCap() {
            var nearCapReps = TOE_CURLS.level(3).defaultDosage().withReps(29);
            var nearCapHold = SHORT_FOOT_HOLD.level(2).defaultDosage().withHoldSeconds(58);

            var reps = evaluateOne(version(prescribed(TOE_CURLS, 3, nearCapReps)), threeGoodSessions(TOE_CURLS, 3));
            var hold = evaluateOne(version(prescribed(SHORT_FOOT_HOLD, 2, nearCapHold)),
                    threeGoodSessions(SHORT_FOOT_HOLD, 2));

            assertThat(reps.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(reps.toDosage().reps()).isEqualTo(30);
            assertThat(hold.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(hold.toDosage().holdSeconds()).isEqualTo(60);
        }

        @Test
        void atTheTopLevelWithTheDosageAtTheCapItHoldsAndSaysWhy() {
            var atCap = TOE_CURLS.level(3).defaultDosage().withReps(30);

            var proposal = evaluateOne(version(prescribed(TOE_CURLS, 3, atCap)), threeGoodSessions(TOE_CURLS, 3));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.HOLD);
            assertThat(proposal.toLevel()).isEqualTo(3);
            assertThat(proposal.toDosage()).isEqualTo(atCap);
            assertThat(proposal.usedLogs()).hasSize(3);
            assertThat(proposal.reason()).endsWith("Level 3 is the top level and the repetitions have reached the"
                    + " cap of 30: hold at level 3 with the same dosage.");
        }

        @Test
        void aDosageTheClinicianSetAboveTheCapIsHeldNotCutBack() {
            var aboveCap = TOE_CURLS.level(3).defaultDosage().withReps(40);

            var proposal = evaluateOne(version(prescribed(TOE_CURLS, 3, aboveCap)), threeGoodSessions(TOE_CURLS, 3));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.HOLD);
            assertThat(proposal.toDosage()).isEqualTo(aboveCap);
        }
    }

    @Nested
    class Hold {

        @Test
        void holdsWhenPainReached4To5DuringButSettledByTheMorning() {
            var logs = List.of(done(TOE_CURLS, 2, "2026-03-02", 2, 1), done(TOE_CURLS, 2, "2026-03-04", 5, 2),
                    done(TOE_CURLS, 2, "2026-03-06", 3, 1));

            var proposal = evaluateOne(version(TOE_CURLS_AT_2), logs);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.HOLD);
            assertThat(proposal.toLevel()).isEqualTo(2);
            assertThat(proposal.toDosage()).isEqualTo(TOE_CURLS_AT_2.dosage());
            assertThat(proposal.usedLogs()).containsExactlyElementsOf(
                    ids(logs.get(2), logs.get(1), logs.get(0)));
            assertThat(proposal.reason()).isEqualTo("Hold at level 2 with the same dosage: pain during the session"
                    + " on 2026-03-04 was 5/10, acceptable but above the 3/10 an advance allows; the sessions on"
                    + " 2026-03-06 (3/10 during, 1/10 next morning) and 2026-03-02 (2/10 during, 1/10 next morning)"
                    + " went well.");
        }

        @Test
        void holdsWhenASessionWasNotCompleted() {
            var proposal = evaluateOne(version(TOE_CURLS_AT_2), done(TOE_CURLS, 2, "2026-03-02", 2, 1),
                    notCompleted(TOE_CURLS, 2, "2026-03-04", 2, 1), done(TOE_CURLS, 2, "2026-03-06", 1, 1));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.HOLD);
            assertThat(proposal.reason()).contains("the session on 2026-03-04 was not completed");
        }

        @Test
        void holdsWhileTheNextMorningPainIsNotLoggedYet() {
            var proposal = evaluateOne(version(TOE_CURLS_AT_2), done(TOE_CURLS, 2, "2026-03-02", 2, 1),
                    done(TOE_CURLS, 2, "2026-03-04", 2, 1), doneAwaitingMorning(TOE_CURLS, 2, "2026-03-06", 1));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.HOLD);
            assertThat(proposal.reason())
                    .contains("next-morning pain after the session on 2026-03-06 is not logged yet")
                    .contains("2026-03-04", "2026-03-02");
        }
    }

    @Nested
    class StepBack {

        @Test
        void oneSessionAt7Of10IsEnoughToStepBackEvenBeforeThreeAreLogged() {
            var flareUp = done(TOE_CURLS, 2, "2026-03-04", 7, 2);

            var proposal = evaluateOne(version(TOE_CURLS_AT_2), flareUp);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.STEP_BACK);
            assertThat(proposal.toLevel()).isEqualTo(1);
            assertThat(proposal.toDosage()).isEqualTo(TOE_CURLS.level(1).defaultDosage().withSide(Side.LEFT));
            assertThat(proposal.usedLogs()).containsExactly(flareUp.id());
            assertThat(proposal.reason()).isEqualTo(
                    "Pain during the session on 2026-03-04 was 7/10, above the limit of 5/10: step back to level 1.");
        }

        @Test
        void stepsBackWhenTheNextMorningIsWorseThanTheBaseline() {
            var worseMorning = done(TOE_CURLS, 2, "2026-03-04", 3, 4);

            var proposal = evaluateOne(version(TOE_CURLS_AT_2), done(TOE_CURLS, 2, "2026-03-02", 2, 1), worseMorning,
                    done(TOE_CURLS, 2, "2026-03-06", 1, 1));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.STEP_BACK);
            assertThat(proposal.usedLogs()).containsExactly(worseMorning.id());
            assertThat(proposal.reason()).isEqualTo("Pain the morning after the session on 2026-03-04 was 4/10,"
                    + " worse than the baseline of 2/10: step back to level 1.");
        }

        @Test
        void citesEveryOffendingSessionNewestFirst() {
            var older = done(TOE_CURLS, 2, "2026-03-02", 8, 2);
            var newer = done(TOE_CURLS, 2, "2026-03-04", 6, 5);

            var proposal = evaluateOne(version(TOE_CURLS_AT_2), older, newer);

            assertThat(proposal.usedLogs()).containsExactlyElementsOf(ids(newer, older));
            assertThat(proposal.reason()).isEqualTo("Pain during the sessions on 2026-03-04 (6/10) and 2026-03-02"
                    + " (8/10) was above the limit of 5/10; pain the morning after the session on 2026-03-04 was"
                    + " 5/10, worse than the baseline of 2/10: step back to level 1.");
        }

        @Test
        void atLevel1ItReducesTheDosageInstead() {
            var proposal = evaluateOne(version(TOE_CURLS_AT_1), done(TOE_CURLS, 1, "2026-03-04", 7, 2));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.STEP_BACK);
            assertThat(proposal.toLevel()).isEqualTo(1);
            assertThat(proposal.toDosage()).isEqualTo(TOE_CURLS_AT_1.dosage().withReps(8));
            assertThat(proposal.reason()).endsWith(
                    "step back within level 1, the easiest level, by reducing the repetitions from 10 to 8.");
        }

        @Test
        void atLevel1TheDosageNeverGoesBelowOne() {
            var twoReps = TOE_CURLS_AT_1.dosage().withReps(2);
            var threeSecondHold = SHORT_FOOT_HOLD.level(1).defaultDosage().withHoldSeconds(3);

            var reps = evaluateOne(version(prescribed(TOE_CURLS, 1, twoReps)), done(TOE_CURLS, 1, "2026-03-04", 7, 2));
            var hold = evaluateOne(version(prescribed(SHORT_FOOT_HOLD, 1, threeSecondHold)),
                    done(SHORT_FOOT_HOLD, 1, "2026-03-04", 7, 2));

            assertThat(reps.toDosage().reps()).isEqualTo(1);
            assertThat(hold.toDosage().holdSeconds()).isEqualTo(1);
        }

        @Test
        void atTheMinimumItStillStepsBackKeepsTheDosageAndSaysSo() {
            var oneMinute = BAREFOOT_WALK.level(1).defaultDosage().withDurationMinutes(1);

            var proposal = evaluateOne(version(prescribed(BAREFOOT_WALK, 1, oneMinute)),
                    done(BAREFOOT_WALK, 1, "2026-03-04", 6, 2));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.STEP_BACK);
            assertThat(proposal.toDosage()).isEqualTo(oneMinute);
            assertThat(proposal.reason()).endsWith("step back, but level 1 is the easiest level and the duration is"
                    + " already at 1 minute, so the dosage stays as it is.");
        }

        @Test
        void aFortnightOfFlareUpsStillFitsInOneReason() {
            var logs = new ArrayList<SessionLog>();
            for (int day = 1; day <= 14; day++) {
                logs.add(done(TOE_CURLS, 2, "2026-03-%02d".formatted(day), 10, 10));
            }

            var proposal = evaluateOne(version(rulesRequiring(14), TOE_CURLS_AT_2), logs);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.STEP_BACK);
            assertThat(proposal.usedLogs()).hasSize(14);
            assertThat(proposal.reason()).contains("2026-03-01", "2026-03-14");
        }
    }

    @Nested
    class NotEnoughLogs {

        @Test
        void saysHowManyOfTheRequiredSessionsAreLogged() {
            var only = done(TOE_CURLS, 2, "2026-03-04", 2, 1);

            var proposal = evaluateOne(version(TOE_CURLS_AT_2), only);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
            assertThat(proposal.toLevel()).isEqualTo(2);
            assertThat(proposal.toDosage()).isEqualTo(TOE_CURLS_AT_2.dosage());
            assertThat(proposal.usedLogs()).containsExactly(only.id());
            assertThat(proposal.reason()).isEqualTo(
                    "Only 1 of 3 sessions logged at level 2 (2026-03-04) — keep going and log each session.");
        }

        @Test
        void saysSoWhenNothingIsLoggedYet() {
            var proposal = evaluateOne(version(TOE_CURLS_AT_2), List.of());

            assertThat(proposal.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
            assertThat(proposal.usedLogs()).isEmpty();
            assertThat(proposal.reason())
                    .isEqualTo("No sessions logged yet at level 2 — keep going and log each session.");
        }

        @Test
        void logsAtAnotherLevelOrOfAnotherProgrammeOrExerciseAreIgnored() {
            var logs = new ArrayList<>(threeGoodSessions(TOE_CURLS, 1));
            logs.add(done(TOE_CURLS, 1, "2026-03-07", 9, 9));
            logs.add(done(TOE_CURLS, 3, "2026-03-07", 9, 9));
            logs.add(done(SHORT_FOOT_HOLD, 2, "2026-03-07", 9, 9));
            for (var good : threeGoodSessions(TOE_CURLS, 2)) {
                logs.add(log(ANOTHER_PROGRAMME, TOE_CURLS, 2, good.date().toString(), true, good.painDuring(),
                        good.painNextMorning()));
            }

            var proposal = evaluateOne(version(TOE_CURLS_AT_2), logs);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
            assertThat(proposal.usedLogs()).isEmpty();
        }
    }

    @Nested
    class OnlyTheCurrentPrescriptionCounts {

        @Test
        void afterAnAcceptedDosageStepTheSameLogsProposeNoFurtherStep() {
            var atTopLevel = version(2, prescribed(TOE_CURLS, 3, Side.RIGHT));
            var logs = threeGoodSessions(TOE_CURLS, 3);
            var dosageStep = evaluateOne(List.of(atTopLevel), logs);
            assertThat(dosageStep.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(dosageStep.toDosage().reps()).isEqualTo(17);

            var accepted = nextVersion(atTopLevel, TOE_CURLS.id(), dosageStep.toLevel(), dosageStep.toDosage());
            var proposal = evaluateOne(List.of(atTopLevel, accepted), logs);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
            assertThat(proposal.fromDosage().reps()).isEqualTo(17);
            assertThat(proposal.usedLogs()).isEmpty();
            assertThat(proposal.reason())
                    .isEqualTo("No sessions logged yet at level 3 — keep going and log each session.");
        }

        @Test
        void afterAStepBackToLevel1TheEarlierLevel1LogsNoLongerCount() {
            var atLevel1 = version(1, TOE_CURLS_AT_1);
            var atLevel2 = nextVersion(atLevel1, TOE_CURLS.id(), 2, TOE_CURLS_AT_2.dosage());
            var backAtLevel1 = nextVersion(atLevel2, TOE_CURLS.id(), 1, TOE_CURLS_AT_1.dosage());
            var logs = new ArrayList<SessionLog>();
            threeGoodSessions(TOE_CURLS, 1).forEach(good -> logs.add(underVersion(1, good)));
            logs.add(underVersion(2, done(TOE_CURLS, 2, "2026-03-09", 7, 3)));
            var history = List.of(atLevel1, atLevel2, backAtLevel1);

            var rightAfter = evaluateOne(history, logs);
            var firstSessionBack = underVersion(3, done(TOE_CURLS, 1, "2026-03-11", 1, 1));
            logs.add(firstSessionBack);
            var aSessionLater = evaluateOne(history, logs);

            assertThat(rightAfter.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
            assertThat(rightAfter.usedLogs()).isEmpty();
            assertThat(aSessionLater.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
            assertThat(aSessionLater.usedLogs()).containsExactly(firstSessionBack.id());
            assertThat(aSessionLater.reason()).isEqualTo(
                    "Only 1 of 3 sessions logged at level 1 (2026-03-11) — keep going and log each session.");
        }

        @Test
        void aStepBackWithinLevel1DoesNotCiteTheSameFlareUpAgain() {
            var tenReps = version(2, TOE_CURLS_AT_1);
            var flareUp = done(TOE_CURLS, 1, "2026-03-04", 7, 2);
            var stepBack = evaluateOne(List.of(tenReps), flareUp);
            assertThat(stepBack.kind()).isEqualTo(ProposalKind.STEP_BACK);
            assertThat(stepBack.toDosage().reps()).isEqualTo(8);

            var eightReps = nextVersion(tenReps, TOE_CURLS.id(), 1, stepBack.toDosage());
            var proposal = evaluateOne(List.of(tenReps, eightReps), flareUp);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
            assertThat(proposal.usedLogs()).isEmpty();
        }

        @Test
        void aNewVersionThatChangesSomethingElseKeepsTheEvidence() {
            var first = version(1, TOE_CURLS_AT_1, prescribed(SHORT_FOOT_HOLD, 1, Side.BOTH));
            var shortFootAdvanced = nextVersion(first, SHORT_FOOT_HOLD.id(), 2,
                    SHORT_FOOT_HOLD.level(2).defaultDosage());
            var goalEdited = nextVersion(shortFootAdvanced,
                    withGoal(shortFootAdvanced.content(), "Walk 5 km on a Sunday without forefoot pain."));
            var monday = underVersion(1, done(TOE_CURLS, 1, "2026-03-02", 2, 1));
            var wednesday = underVersion(2, done(TOE_CURLS, 1, "2026-03-04", 3, 2));
            var friday = underVersion(1, done(TOE_CURLS, 1, "2026-03-06", 1, 0));

            var proposals = ProgressionEngine.evaluate(PROGRAMME, List.of(first, shortFootAdvanced, goalEdited),
                    LIBRARY, List.of(monday, wednesday, friday), BASELINE);

            var toeCurls = proposals.getFirst();
            assertThat(toeCurls.exercise()).isEqualTo(TOE_CURLS.id());
            assertThat(toeCurls.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(toeCurls.usedLogs()).containsExactlyElementsOf(ids(friday, wednesday, monday));
            assertThat(toeCurls.programmeVersion()).isEqualTo(3);
        }

        @Test
        void anExerciseDroppedAndPrescribedAgainStartsAfresh() {
            var shortFoot = prescribed(SHORT_FOOT_HOLD, 1, Side.BOTH);
            var history = List.of(version(1, TOE_CURLS_AT_1, shortFoot), version(2, shortFoot),
                    version(3, TOE_CURLS_AT_1, shortFoot));
            var logs = threeGoodSessions(TOE_CURLS, 1).stream().map(good -> underVersion(1, good)).toList();

            var toeCurls = ProgressionEngine.evaluate(PROGRAMME, history, LIBRARY, logs, BASELINE).getFirst();

            assertThat(toeCurls.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
            assertThat(toeCurls.usedLogs()).isEmpty();
        }

        @Test
        void theHistoryMustHoldTheVersionToEvaluateAndBeOldestFirst() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ProgressionEngine.evaluate(PROGRAMME, List.of(), LIBRARY, List.of(), BASELINE))
                    .withMessage("There is no programme version to evaluate.");
            var newestFirst = List.of(version(2, TOE_CURLS_AT_2), version(1, TOE_CURLS_AT_1));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ProgressionEngine.evaluate(PROGRAMME, newestFirst, LIBRARY, List.of(),
                            BASELINE))
                    .withMessage("The programme's versions must be given oldest first.");
        }
    }

    @Nested
    class OneSessionPerDay {

        @Test
        void threeLogsOnOneDayCountAsOneSession() {
            var logs = List.of(enteredAt(done(TOE_CURLS, 2, "2026-03-04", 2, 1), "08:00"),
                    enteredAt(done(TOE_CURLS, 2, "2026-03-04", 1, 1), "13:00"),
                    enteredAt(done(TOE_CURLS, 2, "2026-03-04", 1, 0), "20:00"));

            var proposal = evaluateOne(version(TOE_CURLS_AT_2), logs);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
            assertThat(proposal.usedLogs()).containsExactly(logs.getFirst().id());
            assertThat(proposal.reason()).isEqualTo(
                    "Only 1 of 3 sessions logged at level 2 (2026-03-04) — keep going and log each session.");
        }

        @Test
        void aDoubleSubmitDoesNotMakeUpForAMissingSession() {
            var monday = done(TOE_CURLS, 2, "2026-03-02", 2, 1);
            var wednesday = enteredAt(done(TOE_CURLS, 2, "2026-03-04", 2, 1), "19:00");
            var wednesdayAgain = enteredAt(done(TOE_CURLS, 2, "2026-03-04", 2, 1), "19:01");

            var proposal = evaluateOne(version(TOE_CURLS_AT_2), monday, wednesday, wednesdayAgain);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.NOT_ENOUGH_LOGS);
            assertThat(proposal.usedLogs()).hasSize(2);
            assertThat(proposal.reason()).isEqualTo("Only 2 of 3 sessions logged at level 2 (2026-03-04 and"
                    + " 2026-03-02) — keep going and log each session.");
        }

        @Test
        void theWorstLogOfADayStandsForItWhenEnteredFirst() {
            var morningEntry = enteredAt(done(TOE_CURLS, 2, "2026-03-04", 7, 2), "08:00");
            var eveningEntry = enteredAt(done(TOE_CURLS, 2, "2026-03-04", 2, 1), "21:00");

            var proposal = evaluateOne(version(rulesRequiring(1), TOE_CURLS_AT_2), eveningEntry, morningEntry);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.STEP_BACK);
            assertThat(proposal.usedLogs()).containsExactly(morningEntry.id());
        }

        @Test
        void aLogWithAMorningWorseThanBaselineStandsForItsDayWhateverThePainDuring() {
            var acceptable = enteredAt(done(TOE_CURLS, 2, "2026-03-04", 5, 1), "08:00");
            var badMorning = enteredAt(done(TOE_CURLS, 2, "2026-03-04", 2, 6), "21:00");

            var proposal = evaluateOne(version(rulesRequiring(1), TOE_CURLS_AT_2), acceptable, badMorning);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.STEP_BACK);
            assertThat(proposal.usedLogs()).containsExactly(badMorning.id());
            assertThat(proposal.reason()).contains("6/10");
        }

        @Test
        void aSessionNotCompletedIsWorseThanOneCompletedWithTheSamePain() {
            var notDone = enteredAt(notCompleted(TOE_CURLS, 2, "2026-03-04", 2, 1), "08:00");
            var done = enteredAt(done(TOE_CURLS, 2, "2026-03-04", 2, 1), "21:00");

            var proposal = evaluateOne(version(rulesRequiring(1), TOE_CURLS_AT_2), done, notDone);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.HOLD);
            assertThat(proposal.usedLogs()).containsExactly(notDone.id());
            assertThat(proposal.reason()).contains("the session on 2026-03-04 was not completed");
        }

        @Test
        void ofEquallyBadLogsOfADayTheOneEnteredLaterStandsForIt() {
            var morningEntry = enteredAt(done(TOE_CURLS, 2, "2026-03-04", 2, 1), "08:00");
            var eveningEntry = enteredAt(done(TOE_CURLS, 2, "2026-03-04", 2, 1), "21:00");
            var version = version(rulesRequiring(1), TOE_CURLS_AT_2);

            var proposal = evaluateOne(version, eveningEntry, morningEntry);
            var otherOrder = evaluateOne(version, morningEntry, eveningEntry);

            assertThat(proposal.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(proposal.usedLogs()).containsExactly(eveningEntry.id());
            assertThat(otherOrder).isEqualTo(proposal);
        }

        @Test
        void ofLogsAlikeInEverythingButTheIdTheIdDecides() {
            var first = done(TOE_CURLS, 2, "2026-03-04", 2, 1);
            var second = done(TOE_CURLS, 2, "2026-03-04", 2, 1);
            var version = version(rulesRequiring(1), TOE_CURLS_AT_2);

            var proposal = evaluateOne(version, second, first);
            var otherOrder = evaluateOne(version, first, second);

            assertThat(proposal.usedLogs()).containsExactly(first.id());
            assertThat(otherOrder).isEqualTo(proposal);
        }
    }

    @Nested
    class PainLimitOfTheDosage {

        private final Dosage limitedTo2 = Dosage.reps(3, 12, 30, 1, 5, Side.LEFT, PainScore.of(2));

        @Test
        void aSessionAt3Of10StepsBackWhenTheDosageAllowsOnly2EvenThoughTheRulesAllow5() {
            var proposal = evaluateOne(version(prescribed(TOE_CURLS, 2, limitedTo2)),
                    done(TOE_CURLS, 2, "2026-03-04", 3, 1));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.STEP_BACK);
            assertThat(proposal.toLevel()).isEqualTo(1);
            assertThat(proposal.reason()).isEqualTo(
                    "Pain during the session on 2026-03-04 was 3/10, above the limit of 2/10: step back to level 1.");
        }

        @Test
        void anAdvanceCitesTheDosageLimitWhenItIsTheLower() {
            var proposal = evaluateOne(version(prescribed(TOE_CURLS, 2, limitedTo2)),
                    done(TOE_CURLS, 2, "2026-03-02", 2, 1), done(TOE_CURLS, 2, "2026-03-04", 1, 1),
                    done(TOE_CURLS, 2, "2026-03-06", 2, 0));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.ADVANCE);
            assertThat(proposal.reason()).startsWith("The last 3 sessions at level 2 were completed with pain during"
                    + " of at most 2/10 and next-morning pain no worse than the baseline of 2/10:");
        }

        @Test
        void aDosageLimitAboveTheRulesLeavesTheRulesLimitsInForce() {
            var limitedTo8 = Dosage.reps(3, 12, 30, 1, 5, Side.LEFT, PainScore.of(8));

            var proposal = evaluateOne(version(prescribed(TOE_CURLS, 2, limitedTo8)),
                    done(TOE_CURLS, 2, "2026-03-04", 6, 1));

            assertThat(proposal.kind()).isEqualTo(ProposalKind.STEP_BACK);
            assertThat(proposal.reason()).contains("was 6/10, above the limit of 5/10");
        }
    }

    @Test
    void givesOneProposalPerPrescribedExerciseInProgrammeOrder() {
        var version = version(prescribed(BAREFOOT_WALK, 1, Side.BOTH), TOE_CURLS_AT_2,
                prescribed(SHORT_FOOT_HOLD, 1, Side.RIGHT));

        var proposals = ProgressionEngine.evaluate(PROGRAMME, List.of(version), LIBRARY,
                List.of(done(TOE_CURLS, 2, "2026-03-04", 7, 2)), BASELINE);

        assertThat(proposals).extracting(Proposal::exercise)
                .containsExactly(BAREFOOT_WALK.id(), TOE_CURLS.id(), SHORT_FOOT_HOLD.id());
        assertThat(proposals).extracting(Proposal::kind)
                .containsExactly(ProposalKind.NOT_ENOUGH_LOGS, ProposalKind.STEP_BACK, ProposalKind.NOT_ENOUGH_LOGS);
        assertThat(proposals).allSatisfy(proposal -> {
            assertThat(proposal.programme()).isEqualTo(PROGRAMME);
            assertThat(proposal.programmeVersion()).isEqualTo(PROGRAMME_VERSION);
        });
    }

    @Test
    void aPrescribedExerciseMissingFromTheLibraryIsRejected() {
        var version = version(TOE_CURLS_AT_2, prescribed(SHORT_FOOT_HOLD, 1, Side.BOTH));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProgressionEngine.evaluate(PROGRAMME, List.of(version), library(TOE_CURLS),
                        List.of(), BASELINE))
                .withMessageContaining(SHORT_FOOT_HOLD.id().value().toString())
                .withMessageContaining("not in the library");
    }

    @Test
    void anExercisePrescribedAtALevelItDoesNotHaveIsRejected() {
        var twoLevelsOnly = SHORT_FOOT_HOLD.level(2).defaultDosage();
        var version = version(new PrescribedExercise(SHORT_FOOT_HOLD.id(), 3, twoLevelsOnly, ""));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProgressionEngine.evaluate(PROGRAMME, List.of(version), LIBRARY, List.of(),
                        BASELINE))
                .withMessage("Short-foot hold is prescribed at level 3 but has levels 1 to 2 only.");
    }

    @Test
    void theBaselineGivenIsWhatNextMorningPainIsJudgedAgainst() {
        var logs = List.of(done(TOE_CURLS, 2, "2026-03-02", 2, 3), done(TOE_CURLS, 2, "2026-03-04", 2, 3),
                done(TOE_CURLS, 2, "2026-03-06", 2, 3));

        var history = List.of(version(TOE_CURLS_AT_2));
        var againstTwo = ProgressionEngine.evaluate(PROGRAMME, history, LIBRARY, logs, PainScore.of(2));
        var againstThree = ProgressionEngine.evaluate(PROGRAMME, history, LIBRARY, logs, PainScore.of(3));

        assertThat(againstTwo.getFirst().kind()).isEqualTo(ProposalKind.STEP_BACK);
        assertThat(againstThree.getFirst().kind()).isEqualTo(ProposalKind.ADVANCE);
    }

    @Test
    void stricterRulesChangeTheDecision() {
        var strict = new ProgressionRules(3, 1, 3, 1, 1, 1, 20, 30, 20);
        var logs = threeGoodSessions(TOE_CURLS, 2);

        var proposal = evaluateOne(version(strict, TOE_CURLS_AT_2), logs);

        assertThat(proposal.kind()).isEqualTo(ProposalKind.HOLD);
        assertThat(proposal.reason()).contains("above the 1/10 an advance allows");
    }

    /** Three completed sessions at pain 1–3/10 that settled by the morning. */
    private static List<SessionLog> threeGoodSessions(Exercise exercise, int level) {
        return List.of(done(exercise, level, "2026-03-02", 2, 1), done(exercise, level, "2026-03-04", 3, 2),
                done(exercise, level, "2026-03-06", 1, 0));
    }

    private static Proposal evaluateOne(ProgrammeVersion version, SessionLog... logs) {
        return evaluateOne(version, List.of(logs));
    }

    private static Proposal evaluateOne(ProgrammeVersion version, List<SessionLog> logs) {
        return evaluateOne(List.of(version), logs);
    }

    private static Proposal evaluateOne(List<ProgrammeVersion> history, SessionLog... logs) {
        return evaluateOne(history, List.of(logs));
    }

    private static Proposal evaluateOne(List<ProgrammeVersion> history, List<SessionLog> logs) {
        var proposals = ProgressionEngine.evaluate(PROGRAMME, history, LIBRARY, logs, BASELINE);
        assertThat(proposals).hasSize(1);
        return proposals.getFirst();
    }
}
