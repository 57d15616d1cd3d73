package org.rehabrx.web.treatment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.programme.PrescribedExercise;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.account.CareTeamAdministration;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.security.AccountPrincipal;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.sessionlog.SessionReport;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.ForefootPrescription;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.SqlStatements;
import org.rehabrx.web.testing.WithTestDatabase;
import org.rehabrx.web.treatment.ui.PatientView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.grid.Grid;

/**
 * The patient page reads a long-treated patient in a fixed, small number of SQL statements: more session logs,
 * more clinicians writing them and more exercises in the programme add no statement.
 */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
@Import(SqlStatements.class)
class PatientPageStatementsTest {

    /**
     * The care-team check (1), the patient (1), the patient's programmes with every version (5: versions, then
     * exercises, orthotic notes, education blocks and acknowledgements of all of them), the recent session logs
     * (1), the pending proposals (1), the names of every exercise, level, education block and author (1), and the
     * audit event (3).
     */
    private static final int PAGE_STATEMENTS = 13;

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
    CareTeamAdministration careTeams;
    @Autowired
    LibraryService library;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void theRecordOfALongTreatedPatientIsReadInAFewStatementsWhateverItsSize() {
        SignedInAs.account(context, "demo.clinician");
        var programme = activeProgrammeWithLogs("STMT-0001", 35);

        var first = sql.during(() -> treatment.recordOf(programme.patient()));

        assertThat(first.result().sessionLogs()).hasSize(30);
        assertThat(first.result().pending()).as("the engine proposed something").isNotEmpty();
        assertThat(first.statements()).as("statements of the patient page").hasSizeLessThanOrEqualTo(PAGE_STATEMENTS);

        var grown = withMoreExercisesAndAnotherClinician(programme, 10);

        SignedInAs.account(context, "demo.clinician");
        var second = sql.during(() -> treatment.recordOf(programme.patient()));

        assertThat(second.result().history()).hasSizeGreaterThan(first.result().history().size());
        assertThat(second.result().programme().content().exercises()).hasSize(grown.content().exercises().size());
        assertThat(second.result().sessionLogs()).extracting(log -> second.result().accountName(log.enteredBy()))
                .contains("Priya Shah (demo clinician)", "Tom Becker (demo clinician)");
        assertThat(second.statements()).as("no statement per log, author or exercise")
                .hasSameSizeAs(first.statements());
    }

    @Test
    void openingThePageInTheBrowserlessUiAddsNoStatementPerRow() {
        var programme = activeProgrammeWithLogsSignedIn("STMT-0002", 35);
        var ui = new BrowserlessUi(context);
        ui.open();
        try {
            ui.signInAs("demo.clinician");
            var page = sql.during(() -> ui.navigate("patients/" + programme.patient().value()));

            assertThat(_get(PatientView.class)).isNotNull();
            assertThat(_get(Grid.class, spec -> spec.withClasses("treatment-log-grid"))).isNotNull();
            assertThat(page).as("statements of the patient page and whether the clinician has a second factor")
                    .hasSizeLessThanOrEqualTo(PAGE_STATEMENTS + 1);
        } finally {
            ui.close();
        }
    }

    private Programme activeProgrammeWithLogsSignedIn(String reference, int days) {
        SignedInAs.account(context, "demo.clinician");
        try {
            return activeProgrammeWithLogs(reference, days);
        } finally {
            SignedInAs.nobody();
        }
    }

    /** A programme begun two months ago with a session a day for the given number of days, the last yesterday. */
    private Programme activeProgrammeWithLogs(String reference, int days) {
        var today = LocalDate.now(clock);
        var patient = new ForefootPrescription(context).register(reference, "Statement Counted");
        var template = library.templates().stream()
                .filter(candidate -> "forefoot-plantar-pain".equals(candidate.key())).findFirst().orElseThrow();
        var draft = programmes.startFromTemplate(patient.id(), template.id(), today.minusDays(60),
                today.plusWeeks(2), PainScore.of(2));
        var active = programmes.activate(draft.id(), draft.version());
        logDaily(active, today.minusDays(days), days);
        return programmes.find(active.id());
    }

    private void logDaily(Programme programme, LocalDate from, int days) {
        var exercises = programme.content().exercises();
        for (int day = 0; day < days; day++) {
            var exercise = exercises.get(day % exercises.size()).exercise();
            sessionLogs.log(programme.id(), new SessionReport(exercise, from.plusDays(day), true, null,
                    PainScore.of(1), PainScore.of(1), ""));
        }
    }

    /** Three more exercises from the library, and logs of the last days written by a second clinician. */
    private Programme withMoreExercisesAndAnotherClinician(Programme programme, int days) {
        var content = programme.content();
        var exercises = new ArrayList<>(content.exercises());
        var dosage = exercises.getFirst().dosage();
        library.exercises().stream()
                .filter(exercise -> content.prescribed(exercise.id()).isEmpty() && exercise.hasLevel(1))
                .limit(3)
                .forEach(exercise -> exercises.add(new PrescribedExercise(exercise.id(), 1, dosage, "")));
        var grown = programmes.saveChanges(programme.id(), programme.version(), withExercises(content, exercises));

        SignedInAs.account(context, "demo.admin");
        var membership = careTeams.findByReference("STMT-0001").orElseThrow();
        careTeams.addToCareTeam(membership.patient(), membership.version(), accountOf("demo.clinician2"));

        SignedInAs.account(context, "demo.clinician2");
        logDaily(grown, LocalDate.now(clock).minusDays(days), days);
        return grown;
    }

    private org.rehabrx.core.account.AccountId accountOf(String username) {
        return ((AccountPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(username)).accountId();
    }

    private static ProgrammeContent withExercises(ProgrammeContent content, List<PrescribedExercise> exercises) {
        return new ProgrammeContent(content.title(), content.goal(), content.startDate(), content.reviewDate(),
                exercises, content.orthoticNotes(), content.educationBlocks(), content.rules(),
                content.baselinePain(), content.acknowledgements());
    }
}
