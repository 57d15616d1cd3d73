package org.rehabrx.db.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.db.ClinicalFixtures.MONDAY_MORNING;
import static org.rehabrx.db.ClinicalFixtures.TODAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.caseload.CaseloadColumn;
import org.rehabrx.core.caseload.CaseloadFilter;
import org.rehabrx.core.caseload.CaseloadQuery;
import org.rehabrx.core.caseload.CaseloadRow;
import org.rehabrx.core.caseload.CaseloadSort;
import org.rehabrx.core.caseload.PageRequest;
import org.rehabrx.core.caseload.ProgrammeFilter;
import org.rehabrx.core.caseload.ReviewReason;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Condition;
import org.rehabrx.core.patient.ContactDetails;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.PatientStatus;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.programme.ProgrammeContent;
import org.rehabrx.core.programme.ProgrammeStatus;
import org.rehabrx.core.progression.Proposal;
import org.rehabrx.core.progression.ProposalKind;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.db.ClinicalFixtures;
import org.rehabrx.db.patient.JdbcPatients;
import org.rehabrx.db.progression.JdbcProposals;
import org.rehabrx.db.sessionlog.JdbcSessionLogs;

class JdbcCaseloadTest {

    private static ClinicalFixtures db;
    private static Exercise toeCurls;
    private static int references;
    private static int drafts;

    private final JdbcCaseload caseload = new JdbcCaseload(db.jdbc());
    private final JdbcPatients patients = new JdbcPatients(db.jdbc());

    @BeforeAll
    static void migrate() {
        db = ClinicalFixtures.inFreshDatabase();
        toeCurls = db.saved(db.toeCurls());
    }

    @Test
    void aClinicianSeesOnlyThePatientsWhoseCareTeamIncludesThem() {
        var lopez = db.clinician("maria.lopez");
        var okafor = db.clinician("sam.okafor");
        var amara = patient(lopez, "Amara Osei");
        var bernd = patient(lopez, "Bernd Keller");
        var chen = patient(okafor, "Chen Wei");
        var shared = patients.save(Patient.register(reference(), "Dora Shared", LocalDate.of(1980, 1, 1),
                Locale.ENGLISH, ContactDetails.NONE, new Condition("Metatarsalgia", Side.LEFT), Set.of(), okafor,
                TODAY).withClinicianInCareTeam(lopez)).id();

        assertThat(ids(lopez, CaseloadFilter.ACTIVE_PATIENTS)).containsExactly(amara, bernd, shared);
        assertThat(ids(okafor, CaseloadFilter.ACTIVE_PATIENTS)).containsExactly(chen, shared);
        assertThat(total(query(lopez, CaseloadFilter.ACTIVE_PATIENTS))).isEqualTo(3);
        assertThat(ids(db.clinician("new.starter"), CaseloadFilter.ACTIVE_PATIENTS)).isEmpty();
    }

    @Test
    void aRowCarriesTheDetailsAListShows() {
        var clinician = db.clinician("maria.lopez");
        var saved = patients.save(Patient.register(new ClinicReference("rows-0001"), "Amara Osei",
                LocalDate.of(1958, 6, 14), Locale.ENGLISH, ContactDetails.NONE,
                new Condition("Plantar forefoot pain under the 2nd metatarsal head", Side.RIGHT), Set.of(), clinician,
                TODAY));

        var row = rows(clinician, CaseloadFilter.ACTIVE_PATIENTS).getFirst();

        assertThat(row).isEqualTo(new CaseloadRow(saved.id(), new ClinicReference("ROWS-0001"), "Amara Osei",
                LocalDate.of(1958, 6, 14), 67, saved.condition(), PatientStatus.ACTIVE, null, null, Set.of()));
    }

    @Test
    void theSearchFindsPartOfTheNameInAnyCaseWithAccentsAsStored() {
        var clinician = db.clinician("maria.lopez");
        var jose = patient(clinician, "José Núñez");
        var josephine = patient(clinician, "Joséphine Blanc");
        patient(clinician, "Anna Schmidt");

        assertThat(ids(clinician, search("núñ"))).containsExactly(jose);
        assertThat(ids(clinician, search("josé"))).containsExactly(jose, josephine);
        assertThat(ids(clinician, search("JOS"))).containsExactly(jose, josephine);
        assertThat(ids(clinician, search("jose"))).as("accents as stored").isEmpty();
        assertThat(ids(clinician, search("schmi"))).hasSize(1);
    }

    @Test
    void theSearchFindsPartOfTheClinicReferenceInAnyCase() {
        var clinician = db.clinician("maria.lopez");
        var first = patient(clinician, "Amara Osei", "cl-2026-0001");
        var second = patient(clinician, "Bernd Keller", "CL-2026-0002");
        var other = patient(clinician, "Chen Wei", "XY_9");

        assertThat(ids(clinician, search("0002"))).containsExactly(second);
        assertThat(ids(clinician, search("cl-2026"))).containsExactly(first, second);
        assertThat(ids(clinician, search("_"))).as("LIKE wildcards are taken literally").containsExactly(other);
        assertThat(ids(clinician, search("%"))).isEmpty();
        assertThat(total(query(clinician, search("cl-2026")))).isEqualTo(2);
    }

    @Test
    void archivedPatientsAreListedOnlyWhenAskedFor() {
        var clinician = db.clinician("maria.lopez");
        var active = patient(clinician, "Amara Osei");
        var archived = patients.save(patients.findById(patient(clinician, "Bernd Keller")).orElseThrow().archived())
                .id();

        assertThat(ids(clinician, CaseloadFilter.ACTIVE_PATIENTS)).containsExactly(active);
        assertThat(ids(clinician, CaseloadFilter.ACTIVE_PATIENTS.withPatientStatus(PatientStatus.ARCHIVED)))
                .containsExactly(archived);
    }

    @Test
    void aClinicianHasPatientsWhileAnyIsInTheirCareActiveOrArchived() {
        var lopez = db.clinician("maria.lopez");
        var okafor = db.clinician("sam.okafor");
        patients.save(patients.findById(patient(lopez, "Bernd Keller")).orElseThrow().archived()
                .withClinicianInCareTeam(okafor));

        assertThat(caseload.hasAnyPatient(lopez)).as("an archived patient only").isTrue();
        assertThat(caseload.hasAnyPatient(okafor)).as("in the care team of another's patient").isTrue();
        assertThat(caseload.hasAnyPatient(db.clinician("new.starter"))).isFalse();
    }

    @Test
    void theProgrammeFilterLooksAtTheCurrentVersionOfTheNewestProgramme() {
        var clinician = db.clinician("maria.lopez");
        var none = patient(clinician, "Anna None");
        var draft = patient(clinician, "Bea Draft");
        draft(clinician, draft);
        var active = patient(clinician, "Cem Active");
        activate(draft(clinician, active));
        var completed = patient(clinician, "Dan Completed");
        db.programmes().save(activate(draft(clinician, completed)).completed());
        var restarted = patient(clinician, "Eva Restarted");
        db.programmes().save(activate(draft(clinician, restarted)).completed());
        draft(clinician, restarted);

        assertThat(ids(clinician, programme(ProgrammeFilter.ANY))).hasSize(5);
        assertThat(ids(clinician, programme(ProgrammeFilter.NONE))).containsExactly(none);
        assertThat(ids(clinician, programme(ProgrammeFilter.DRAFT))).containsExactly(draft, restarted);
        assertThat(ids(clinician, programme(ProgrammeFilter.ACTIVE))).containsExactly(active);
        assertThat(ids(clinician, programme(ProgrammeFilter.COMPLETED))).containsExactly(completed);
        assertThat(rows(clinician, programme(ProgrammeFilter.ACTIVE)).getFirst())
                .extracting(CaseloadRow::programmeStatus, CaseloadRow::reviewDate)
                .containsExactly(ProgrammeStatus.ACTIVE, TODAY.plusWeeks(6));
    }

    @Test
    void aReviewDateBeforeTodayOfAnActiveProgrammeNeedsReview() {
        var clinician = db.clinician("maria.lopez");
        var active = patient(clinician, "Amara Osei");
        var reviewDate = activate(draft(clinician, active)).content().reviewDate();
        var drafted = patient(clinician, "Bernd Keller");
        draft(clinician, drafted);

        assertThat(reasons(clinician, reviewDate, active)).isEmpty();
        assertThat(reasons(clinician, reviewDate.plusDays(1), active)).containsExactly(ReviewReason.REVIEW_DATE_PASSED);
        assertThat(reasons(clinician, reviewDate.plusDays(1), drafted)).as("a draft is not followed yet").isEmpty();
    }

    @Test
    void aPendingProposalThatStillAppliesNeedsReview() {
        var clinician = db.clinician("maria.lopez");
        var pending = patient(clinician, "Amara Osei");
        var proposals = new JdbcProposals(db.jdbc());
        proposals.save(advance(activate(draft(clinician, pending)), 1));
        var rejected = patient(clinician, "Bernd Keller");
        var proposal = proposals.save(advance(activate(draft(clinician, rejected)), 1));
        proposals.save(proposal.rejected("Wait for the new insoles", clinician, MONDAY_MORNING));
        var stale = patient(clinician, "Chen Wei");
        proposals.save(advance(activate(draft(clinician, stale)), 2));

        assertThat(reasons(clinician, TODAY, pending)).containsExactly(ReviewReason.PROPOSAL_PENDING);
        assertThat(reasons(clinician, TODAY, rejected)).as("reviewed").isEmpty();
        assertThat(reasons(clinician, TODAY, stale)).as("starts from a level no longer prescribed").isEmpty();
    }

    @Test
    void painAboveFiveInTheLastSevenDaysNeedsReview() {
        var clinician = db.clinician("maria.lopez");
        var sixDaysAgo = patient(clinician, "Amara Osei");
        log(activate(draft(clinician, sixDaysAgo)), TODAY.minusDays(6), 6);
        var today = patient(clinician, "Ana Today");
        log(activate(draft(clinician, today)), TODAY, 9);
        var sevenDaysAgo = patient(clinician, "Bernd Keller");
        log(activate(draft(clinician, sevenDaysAgo)), TODAY.minusDays(7), 8);
        var eightDaysAgo = patient(clinician, "Chen Wei");
        log(activate(draft(clinician, eightDaysAgo)), TODAY.minusDays(8), 8);
        var fiveOutOfTen = patient(clinician, "Dora Keller");
        log(activate(draft(clinician, fiveOutOfTen)), TODAY.minusDays(1), 5);

        assertThat(reasons(clinician, TODAY, sixDaysAgo)).containsExactly(ReviewReason.PAIN_REPORTED);
        assertThat(reasons(clinician, TODAY, today)).containsExactly(ReviewReason.PAIN_REPORTED);
        assertThat(reasons(clinician, TODAY, sevenDaysAgo)).isEmpty();
        assertThat(reasons(clinician, TODAY, eightDaysAgo)).isEmpty();
        assertThat(reasons(clinician, TODAY, fiveOutOfTen)).isEmpty();
    }

    @Test
    void theNeedsReviewFilterKeepsOnlyPatientsWithAReason() {
        var clinician = db.clinician("maria.lopez");
        var painful = patient(clinician, "Amara Osei");
        var programme = activate(draft(clinician, painful));
        log(programme, TODAY.minusDays(2), 7);
        var overdue = patient(clinician, "Bernd Keller");
        activate(draft(clinician, overdue));
        patient(clinician, "Chen Wei");
        var later = TODAY.plusWeeks(6).plusDays(1);
        var needingReview = CaseloadFilter.ACTIVE_PATIENTS.withNeedsReviewOnly(true);

        assertThat(ids(clinician, needingReview)).containsExactly(painful);
        var query = new CaseloadQuery(clinician, later, needingReview);
        assertThat(caseload.page(query, List.of(), new PageRequest(0, 25))).extracting(CaseloadRow::id)
                .containsExactly(painful, overdue);
        assertThat(total(query)).isEqualTo(2);
        assertThat(ids(clinician, needingReview.withSearch("keller"))).isEmpty();
    }

    @Test
    void rowsAreSortedByTheChosenColumnsWithPatientsWithoutAProgrammeLastByReviewDate() {
        var clinician = db.clinician("maria.lopez");
        var zoe = patient(clinician, "zoë Adams", "S-001");
        var bernd = patient(clinician, "Bernd Keller", "S-003");
        var amara = patient(clinician, "Amara Osei", "S-002");
        var soon = draft(clinician, bernd);
        db.programmes().save(soon.changed(reviewedOn(soon.content(), TODAY.plusWeeks(2)), List.of(), clinician,
                MONDAY_MORNING));
        draft(clinician, zoe);

        assertThat(ids(clinician, List.of())).as("by name, ignoring case").containsExactly(amara, bernd, zoe);
        assertThat(ids(clinician, List.of(CaseloadSort.ascending(CaseloadColumn.REFERENCE))))
                .containsExactly(zoe, amara, bernd);
        assertThat(ids(clinician, List.of(CaseloadSort.descending(CaseloadColumn.REFERENCE))))
                .containsExactly(bernd, amara, zoe);
        assertThat(ids(clinician, List.of(CaseloadSort.descending(CaseloadColumn.NAME))))
                .containsExactly(zoe, bernd, amara);
        assertThat(ids(clinician, List.of(CaseloadSort.ascending(CaseloadColumn.REVIEW_DATE))))
                .containsExactly(bernd, zoe, amara);
        assertThat(ids(clinician, List.of(CaseloadSort.descending(CaseloadColumn.REVIEW_DATE))))
                .containsExactly(zoe, bernd, amara);
    }

    @Test
    void pagesOfTwentyFiveCoverSixtyPatientsOnceEachAndAgreeWithTheCount() {
        var clinician = db.clinician("maria.lopez");
        var all = new ArrayList<PatientId>();
        for (int i = 0; i < 60; i++) {
            all.add(patient(clinician, "Patient " + (char) ('A' + i % 26) + " " + i));
        }
        var query = query(clinician, CaseloadFilter.ACTIVE_PATIENTS);
        var sort = List.of(CaseloadSort.ascending(CaseloadColumn.REFERENCE));

        var pages = List.of(0, 25, 50).stream()
                .map(offset -> caseload.page(query, sort, new PageRequest(offset, 25)).stream().map(CaseloadRow::id)
                        .toList())
                .toList();

        assertThat(total(query)).isEqualTo(60);
        assertThat(pages).extracting(List::size).containsExactly(25, 25, 10);
        assertThat(pages.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(caseload.page(query, sort, new PageRequest(0, 100)).stream()
                        .map(CaseloadRow::id).toList())
                .containsExactlyInAnyOrderElementsOf(all);
        assertThat(caseload.page(query, sort, new PageRequest(60, 25))).isEmpty();
    }

    @Test
    void theFirstPageCarriesTheCountOfEveryPatientFoundWhateverTheFilterAndSort() {
        var clinician = db.clinician("maria.lopez");
        for (int i = 0; i < 30; i++) {
            var patient = patient(clinician, (i % 3 == 0 ? "Osei " : "Keller ") + (char) ('A' + i % 26) + i);
            if (i % 3 == 1) {
                log(activate(draft(clinician, patient)), TODAY.minusDays(1), 8);
            }
        }
        record Listing(CaseloadFilter filter, List<CaseloadSort> sort) {
        }
        var byName = List.<CaseloadSort>of();
        var byReviewDate = List.of(CaseloadSort.descending(CaseloadColumn.REVIEW_DATE));
        var listings = List.of(
                new Listing(CaseloadFilter.ACTIVE_PATIENTS, byName),
                new Listing(search("osei"), byName),
                new Listing(search("osei"), byReviewDate),
                new Listing(CaseloadFilter.ACTIVE_PATIENTS.withNeedsReviewOnly(true), byName),
                new Listing(CaseloadFilter.ACTIVE_PATIENTS.withProgramme(ProgrammeFilter.NONE), byReviewDate),
                new Listing(search("nobody by that name"), byName));

        for (var listing : listings) {
            var query = query(clinician, listing.filter());

            var first = caseload.firstPage(query, listing.sort(), 8);

            assertThat(first.total()).as(listing.toString())
                    .isEqualTo(caseload.page(query, listing.sort(), new PageRequest(0, 100)).size());
            assertThat(first.rows()).as(listing.toString())
                    .isEqualTo(caseload.page(query, listing.sort(), new PageRequest(0, 8)));
        }
        assertThat(caseload.firstPage(query(clinician, CaseloadFilter.ACTIVE_PATIENTS), List.of(), 8))
                .satisfies(first -> assertThat(first.rows()).hasSize(8))
                .satisfies(first -> assertThat(first.total()).isEqualTo(30));
        assertThat(caseload.firstPage(query(clinician, search("nobody by that name")), List.of(), 8).total()).isZero();
    }

    @Test
    void theSearchLooksUpOnlyTheCareTeamsPatientsAndMatchesThemFromTheIndex() {
        var clinician = db.clinician("maria.lopez");
        patient(clinician, "Amara Osei");
        var query = query(clinician, search("osei"));
        var sort = List.of(CaseloadSort.ascending(CaseloadColumn.NAME));

        for (var sql : List.of(JdbcCaseload.pageSql(query, sort), JdbcCaseload.firstPageSql(query, sort))) {
            assertThat(plan(sql, query))
                    .contains("Index Scan on patient_care_team_clinician_patient_ix",
                            "Index Scan on patient_caseload_search_ix", "Index Cond: (id = ANY (")
                    .doesNotContain("Seq Scan");
        }
    }

    private String plan(String sql, CaseloadQuery query) {
        List<String> plan = db.transactions().execute(status -> {
            // a handful of rows would always be read in full; forbidding that shows what the indexes serve
            db.jdbc().sql("SET LOCAL enable_seqscan = off").update();
            return db.jdbc().sql("EXPLAIN " + sql).params(JdbcCaseload.parameters(query, new PageRequest(0, 50)))
                    .query(String.class).list();
        });
        return String.join("\n", plan);
    }

    // --- fixtures ------------------------------------------------------------------------------------------

    private PatientId patient(AccountId clinician, String name) {
        return patient(clinician, name, reference().value());
    }

    private PatientId patient(AccountId clinician, String name, String reference) {
        return patients.save(Patient.register(new ClinicReference(reference), name, LocalDate.of(1970, 5, 1),
                Locale.ENGLISH, ContactDetails.NONE, new Condition("Metatarsalgia", Side.BOTH), Set.of(), clinician,
                TODAY)).id();
    }

    private static synchronized ClinicReference reference() {
        return new ClinicReference("CASELOAD-" + ++references);
    }

    private Programme draft(AccountId clinician, PatientId patient) {
        var stored = patients.findById(patient).orElseThrow();
        var content = ClinicalFixtures.forefootContent(stored, clinician, List.of(toeCurls), List.of());
        // drafted one after the other, so that "newest" is well defined
        return db.programmes().save(Programme.draft(patient, clinician, content,
                MONDAY_MORNING.plusSeconds(++drafts)));
    }

    private static ProgrammeContent reviewedOn(ProgrammeContent content, LocalDate reviewDate) {
        return new ProgrammeContent(content.title(), content.goal(), content.startDate(), reviewDate,
                content.exercises(), content.orthoticNotes(), content.educationBlocks(), content.rules(),
                content.baselinePain(), content.acknowledgements());
    }

    private Programme activate(Programme draft) {
        return db.programmes().save(draft.activated(List.of(), draft.prescriber(), MONDAY_MORNING));
    }

    /** Toe curls from level {@code fromLevel} one level up, citing no logs. */
    private static Proposal advance(Programme programme, int fromLevel) {
        return Proposal.suggest(programme.id(), programme.number(), toeCurls.id(), ProposalKind.ADVANCE, fromLevel,
                toeCurls.level(fromLevel).defaultDosage(), fromLevel + 1, toeCurls.level(fromLevel + 1).defaultDosage(),
                "3 sessions in a row at 2/10 or less.", List.of());
    }

    private void log(Programme programme, LocalDate date, int painDuring) {
        new JdbcSessionLogs(db.jdbc()).save(SessionLog.record(programme.id(), programme.number(), toeCurls.id(), 1,
                date, true, 2, PainScore.of(painDuring), null, "", programme.prescriber(), MONDAY_MORNING, TODAY));
    }

    private static CaseloadFilter search(String text) {
        return CaseloadFilter.ACTIVE_PATIENTS.withSearch(text);
    }

    private static CaseloadFilter programme(ProgrammeFilter filter) {
        return CaseloadFilter.ACTIVE_PATIENTS.withProgramme(filter);
    }

    private static CaseloadQuery query(AccountId clinician, CaseloadFilter filter) {
        return new CaseloadQuery(clinician, TODAY, filter);
    }

    private List<CaseloadRow> rows(AccountId clinician, CaseloadFilter filter) {
        return caseload.page(query(clinician, filter), List.of(), new PageRequest(0, 100));
    }

    private int total(CaseloadQuery query) {
        return caseload.firstPage(query, List.of(), 1).total();
    }

    private List<PatientId> ids(AccountId clinician, CaseloadFilter filter) {
        return rows(clinician, filter).stream().map(CaseloadRow::id).toList();
    }

    private List<PatientId> ids(AccountId clinician, List<CaseloadSort> sort) {
        return caseload.page(query(clinician, CaseloadFilter.ACTIVE_PATIENTS), sort, new PageRequest(0, 100)).stream()
                .map(CaseloadRow::id).toList();
    }

    private Set<ReviewReason> reasons(AccountId clinician, LocalDate today, PatientId patient) {
        return caseload.page(new CaseloadQuery(clinician, today, CaseloadFilter.ACTIVE_PATIENTS), List.of(),
                        new PageRequest(0, 100)).stream()
                .filter(row -> row.id().equals(patient))
                .findFirst().orElseThrow().reviewReasons();
    }
}
