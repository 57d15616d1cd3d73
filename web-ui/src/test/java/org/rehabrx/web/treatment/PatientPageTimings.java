package org.rehabrx.web.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.handout.HandoutService;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.ForefootPrescription;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.SqlStatements;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A measurement, not a test: it asserts nothing about time. It prints the median and 95th percentile server time
 * of the patient page (the service alone, and the whole view in the browserless UI), of its handout and of saving a
 * programme of twelve exercises, for a patient treated for three months. It runs only when asked:
 * {@code -Dtest=PatientPageTimings -Drehabrx.timings=true}.
 */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
@Import(SqlStatements.class)
@EnabledIfSystemProperty(named = "rehabrx.timings", matches = "true")
class PatientPageTimings {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 200;

    @Autowired
    ApplicationContext context;
    @Autowired
    SqlStatements sql;
    @Autowired
    TreatmentService treatment;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    SessionLogService sessionLogs;
    @Autowired
    LibraryService library;
    @Autowired
    HandoutService handouts;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void measure() {
        SignedInAs.account(context, "demo.clinician");
        var page = twelveExercisesWithLogs("TIME-0001", 90);
        var saved = twelveExercisesWithLogs("TIME-0002", 1);
        var patient = page.patient();

        report("patient page, service", sql.during(() -> treatment.recordOf(patient)).statements(),
                time(() -> treatment.recordOf(patient)));

        report("handout PDF, 12 exercises, service", sql.during(() -> handouts.download(page.id(), false)).statements(),
                time(() -> handouts.download(page.id(), false)));

        var current = new Programme[] {saved};
        Supplier<Programme> save = () -> {
            var content = current[0].content();
            var changed = new ArrayList<>(content.exercises());
            var first = changed.getFirst();
            changed.set(0, new PrescribedExercise(first.exercise(), first.level(), first.dosage(),
                    "Version " + (current[0].number() + 1)));
            current[0] = programmes.saveChanges(current[0].id(), current[0].version(), withExercises(content, changed));
            return current[0];
        };
        report("programme save, 12 exercises, service", sql.during(save).statements(), time(save));

        SignedInAs.nobody();
        var ui = new BrowserlessUi(context);
        ui.open();
        try {
            ui.signInAs("demo.clinician");
            var route = "patients/" + patient.value();
            report("patient page, whole view", sql.during(() -> ui.navigate(route)),
                    measure(() -> {
                        ui.navigate("patients");
                        long start = System.nanoTime();
                        ui.navigate(route);
                        return System.nanoTime() - start;
                    }));
        } finally {
            ui.close();
        }
    }

    private static long[] time(Supplier<?> work) {
        return measure(() -> {
            long start = System.nanoTime();
            work.get();
            return System.nanoTime() - start;
        });
    }

    /** The sorted times of the measured runs, after the warm-up runs. */
    private static long[] measure(Supplier<Long> measuredNanos) {
        for (int i = 0; i < WARM_UP; i++) {
            measuredNanos.get();
        }
        var nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            nanos[i] = measuredNanos.get();
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, List<String> statements, long[] sortedNanos) {
        System.out.printf(Locale.ROOT, "TIMING %-40s statements=%d n=%d median=%.2f ms p95=%.2f ms max=%.2f ms%n",
                what, statements.size(), sortedNanos.length, millis(sortedNanos, 0.50), millis(sortedNanos, 0.95),
                sortedNanos[sortedNanos.length - 1] / 1e6);
    }

    private static double millis(long[] sortedNanos, double quantile) {
        return sortedNanos[(int) Math.ceil(quantile * sortedNanos.length) - 1] / 1e6;
    }

    /** An active programme of twelve exercises begun three months ago, with one session a day for the given days. */
    private Programme twelveExercisesWithLogs(String reference, int days) {
        var today = LocalDate.now(clock);
        var patient = new ForefootPrescription(context).register(reference, "Timed Patient");
        var template = library.templates().stream()
                .filter(candidate -> "forefoot-plantar-pain".equals(candidate.key())).findFirst().orElseThrow();
        var draft = programmes.startFromTemplate(patient.id(), template.id(), today.minusDays(91),
                today.plusWeeks(2), PainScore.of(2));
        var content = draft.content();
        var exercises = new ArrayList<>(content.exercises());
        var dosage = exercises.getFirst().dosage();
        library.exercises().stream()
                .filter(exercise -> content.prescribed(exercise.id()).isEmpty() && exercise.hasLevel(1))
                .limit(12 - exercises.size())
                .forEach(exercise -> exercises.add(new PrescribedExercise(exercise.id(), 1, dosage, "")));
        var twelve = programmes.saveChanges(draft.id(), draft.version(), withExercises(content, exercises));
        var active = programmes.activate(twelve.id(), twelve.version());
        for (int day = 0; day < days; day++) {
            var exercise = exercises.get(day % exercises.size()).exercise();
            sessionLogs.log(active.id(), new SessionReport(exercise, today.minusDays(days - day), true, null,
                    PainScore.of(1), PainScore.of(1), ""));
        }
        return programmes.find(active.id());
    }

    private static ProgrammeContent withExercises(ProgrammeContent content, List<PrescribedExercise> exercises) {
        return new ProgrammeContent(content.title(), content.goal(), content.startDate(), content.reviewDate(),
                exercises, content.orthoticNotes(), content.educationBlocks(), content.rules(),
                content.baselinePain(), content.acknowledgements());
    }
}
