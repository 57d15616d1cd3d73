package org.rehabrx.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.web.security.AuthorizationMatrixTest.Caller.ADMIN;
import static org.rehabrx.web.security.AuthorizationMatrixTest.Caller.ANONYMOUS;
import static org.rehabrx.web.security.AuthorizationMatrixTest.Caller.CLINICIAN;
import static org.rehabrx.web.security.AuthorizationMatrixTest.Caller.PATIENT;
import static org.rehabrx.web.security.AuthorizationMatrixTest.Caller.TEMPORARY_PASSWORD;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.caseload.Caseload;
import org.rehabrx.core.education.EducationBlocks;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.core.exercise.ExerciseImages;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.PatientId;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.progression.ProposalId;
import org.rehabrx.core.progression.Proposals;
import org.rehabrx.core.sessionlog.SessionLog;
import org.rehabrx.core.sessionlog.SessionLogId;
import org.rehabrx.core.sessionlog.SessionLogs;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.template.Templates;
import org.rehabrx.web.handout.HandoutService;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.progression.ProgressionService;
import org.rehabrx.web.sessionlog.SessionLogService;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.rehabrx.web.treatment.TreatmentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;

/**
 * Every application-service method × every kind of caller, against the table below: a caller the table does not
 * allow is refused before any repository is touched, and a caller it allows is let through. Then the object
 * level: clinician A with clinician B's records and patient X with patient Y's records are refused the same way,
 * by every method and every id parameter. The demo data gives A (demo.clinician) the patient X (demo.patient,
 * Maria Rossi) with an active programme, session logs and a proposal; this test gives B (demo.clinician2) the
 * same for Y (demo.patient2, Jonas Weber).
 */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    enum Caller {
        ANONYMOUS, ADMIN, CLINICIAN, PATIENT,
        /** Any role's account that must first replace a temporary password. */
        TEMPORARY_PASSWORD
    }

    /**
     * Public methods of services that no person calls, so they have no rule of their own; each says why it is
     * safe.
     */
    private static final Set<String> INTERNAL_ENTRY_POINTS = Set.of(
            // an @EventListener: runs inside SessionLogService.log and addPainNextMorning, whose rules have already
            // checked the caller, and for the demo data at start-up; it returns nothing to anyone
            "ProgressionService.evaluateAfter",
            // Spring Security's sign-in asks it for the account being signed in, before anyone is authenticated
            "AccountUserDetailsService.loadUserByUsername");

    /** Who may call each application-service method; the object-level rules are tested below. */
    private static final Map<String, Set<Caller>> ALLOWED = table(
            allow("AccountAdministration.account", ADMIN),
            allow("AccountAdministration.accounts", ADMIN),
            allow("AccountAdministration.create", ADMIN),
            allow("AccountAdministration.disable", ADMIN),
            allow("AccountAdministration.enable", ADMIN),
            allow("AccountAdministration.endSession", ADMIN),
            allow("AccountAdministration.rename", ADMIN),
            allow("AccountAdministration.resetAccess", ADMIN),
            allow("AccountAdministration.signedInSessions", ADMIN),

            // the owner of a new account is not signed in yet: the single-use code is the credential
            allow("ActivationService.activate", ANONYMOUS, ADMIN, CLINICIAN, PATIENT, TEMPORARY_PASSWORD),
            allow("ActivationService.check", ANONYMOUS, ADMIN, CLINICIAN, PATIENT, TEMPORARY_PASSWORD),

            allow("AuditService.accessesOf", ADMIN),
            allow("AuditService.accessesOfMyRecord", PATIENT),
            allow("AuditService.count", ADMIN),
            allow("AuditService.exportCsv", ADMIN),
            allow("AuditService.search", ADMIN),
            allow("AuditService.verifyChain", ADMIN),

            allow("CareTeamAdministration.addToCareTeam", ADMIN),
            allow("CareTeamAdministration.findByReference", ADMIN),
            allow("CareTeamAdministration.linkAccount", ADMIN),
            allow("CareTeamAdministration.removeFromCareTeam", ADMIN),
            allow("CareTeamAdministration.unlinkAccount", ADMIN),

            allow("CaseloadService.firstPage", CLINICIAN),
            allow("CaseloadService.hasPatients", CLINICIAN),
            allow("CaseloadService.page", CLINICIAN),

            allow("HandoutService.download", CLINICIAN, PATIENT),

            allow("LibraryService.cloneExercise", CLINICIAN),
            allow("LibraryService.educationBlocks", CLINICIAN),
            allow("LibraryService.exercise", CLINICIAN),
            allow("LibraryService.exercises", CLINICIAN),
            allow("LibraryService.picture", CLINICIAN),
            allow("LibraryService.reviseExercise", CLINICIAN),
            allow("LibraryService.standardDrawing", CLINICIAN),
            allow("LibraryService.storePicture", CLINICIAN),
            allow("LibraryService.templates", CLINICIAN),
            allow("LibraryService.writeExercise", CLINICIAN),

            allow("PasswordChangeService.changeOwnPassword", ADMIN, CLINICIAN, PATIENT, TEMPORARY_PASSWORD),

            allow("PatientService.archive", CLINICIAN),
            allow("PatientService.changeHealthFlags", CLINICIAN),
            allow("PatientService.find", CLINICIAN, PATIENT),
            allow("PatientService.myPatients", CLINICIAN),
            allow("PatientService.register", CLINICIAN),

            allow("PortalService.dismissChangeNotice", PATIENT),
            allow("PortalService.logNextMorningPain", PATIENT),
            allow("PortalService.logToday", PATIENT),
            allow("PortalService.myProgramme", PATIENT),
            allow("PortalService.todaysSession", PATIENT),

            allow("ProgrammeService.acknowledgeCaution", CLINICIAN),
            allow("ProgrammeService.activate", CLINICIAN),
            allow("ProgrammeService.cautionsOf", CLINICIAN),
            allow("ProgrammeService.compare", CLINICIAN),
            allow("ProgrammeService.complete", CLINICIAN),
            allow("ProgrammeService.exercisesOf", CLINICIAN),
            allow("ProgrammeService.find", CLINICIAN, PATIENT),
            allow("ProgrammeService.history", CLINICIAN, PATIENT),
            allow("ProgrammeService.myProgrammes", PATIENT),
            allow("ProgrammeService.programmesOf", CLINICIAN),
            allow("ProgrammeService.saveChanges", CLINICIAN),
            allow("ProgrammeService.startFromCopy", CLINICIAN),
            allow("ProgrammeService.startFromScratch", CLINICIAN),
            allow("ProgrammeService.startFromTemplate", CLINICIAN),

            allow("ProgressionService.accept", CLINICIAN),
            allow("ProgressionService.evaluate", CLINICIAN),
            allow("ProgressionService.evaluateMyPatients", CLINICIAN),
            allow("ProgressionService.pending", CLINICIAN),
            allow("ProgressionService.pendingOfMyPatients", CLINICIAN),
            allow("ProgressionService.pendingReviews", CLINICIAN),
            allow("ProgressionService.reject", CLINICIAN),

            allow("SecondFactorService.confirmEnrolment", ADMIN, CLINICIAN),
            allow("SecondFactorService.isRecommended", ADMIN, CLINICIAN, PATIENT, TEMPORARY_PASSWORD),
            allow("SecondFactorService.remove", ADMIN, CLINICIAN),
            allow("SecondFactorService.startEnrolment", ADMIN, CLINICIAN),
            allow("SecondFactorService.status", ADMIN, CLINICIAN),
            // only an account between its password and its code, which none of the callers here is
            allow("SecondFactorService.verifySignIn"),

            allow("SignInThrottle.release", ADMIN),

            allow("SessionLogService.addPainNextMorning", CLINICIAN, PATIENT),
            allow("SessionLogService.log", CLINICIAN, PATIENT),
            allow("SessionLogService.logsOf", CLINICIAN, PATIENT),

            allow("TreatmentService.recordOf", CLINICIAN));

    /** The parameter types that name one record; each is given another clinician's or patient's record. */
    private static final Set<Class<?>> RECORD_IDS = Set.of(PatientId.class, ProgrammeId.class, SessionLogId.class,
            ProposalId.class, ExerciseId.class, AccountId.class);

    @Autowired
    ApplicationContext context;
    @Autowired
    RepositoryCalls repositoryCalls;
    @Autowired
    Accounts accounts;
    @Autowired
    Patients patients;
    @Autowired
    Programmes programmes;
    @Autowired
    SessionLogs sessionLogs;
    @Autowired
    Proposals proposals;
    @Autowired
    Exercises exercises;
    @Autowired
    Templates templates;
    @Autowired
    PatientService patientService;
    @Autowired
    TreatmentService treatment;
    @Autowired
    ProgrammeService programmeService;
    @Autowired
    SessionLogService sessionLogService;
    @Autowired
    ProgressionService progression;
    @Autowired
    HandoutService handouts;
    @Autowired
    LibraryService library;
    @Autowired
    Clock clock;

    /** Clinician A's records, with patient X's among them. */
    private Records ofA;
    /** Clinician B's records, with patient Y's among them. */
    private Records ofB;

    @TestConfiguration
    static class Recording {

        @Bean
        static RepositoryCalls repositoryCalls() {
            return new RepositoryCalls();
        }
    }

    @BeforeAll
    void twoCliniciansEachWithAPatientAProgrammeSessionLogsAProposalAndAnOwnExercise() {
        ofA = recordsOf("demo.clinician", "demo.patient", "DEMO-0001", () -> {
        });
        ofB = recordsOf("demo.clinician2", "demo.patient2", "DEMO-0002", this::activeProgrammeWithLogsForJonas);
        accounts.save(Account.openWithTemporaryPassword(new Username("temporary.clinician"), "Temporary Clinician",
                Role.CLINICIAN, new EncodedPassword("{noop}not used to sign in here")));
        SignedInAs.nobody();
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void everyPublicServiceMethodHasAMethodSecurityRuleAndARowInTheTable() {
        var problems = new ArrayList<String>();
        var found = serviceMethods();
        found.forEach((name, method) -> {
            if (!MergedAnnotations.from(method).isPresent(PreAuthorize.class)) {
                problems.add(name + " has no @PreAuthorize: give it one (with its"
                        + " object-level rule) or list it in INTERNAL_ENTRY_POINTS with the reason");
            }
            if (!ALLOWED.containsKey(name)) {
                problems.add(name + " has no row in AuthorizationMatrixTest.ALLOWED: add allow(\"" + name
                        + "\", <the callers it lets in>)");
            }
        });
        ALLOWED.keySet().stream().filter(name -> !found.containsKey(name))
                .forEach(name -> problems.add("ALLOWED has a row for " + name + ", which is no public method of an"
                        + " application service"));

        assertThat(problems).as("application-service methods and their rules").isEmpty();
        assertThat(found).as("the scan finds the services").containsKeys("PatientService.find",
                "HandoutService.download", "PasswordChangeService.changeOwnPassword");
    }

    @Test
    void theRecorderWatchesEveryRepositoryAndSeesItsCalls() {
        assertThat(repositoryCalls.watched()).contains(Patients.class, Programmes.class, SessionLogs.class,
                Proposals.class, Caseload.class, Exercises.class, ExerciseImages.class, EducationBlocks.class,
                Templates.class, Accounts.class);

        signIn(CLINICIAN);
        repositoryCalls.reset();
        patientService.find(ofA.patient());

        assertThat(repositoryCalls.made()).contains("Patients.findById");
    }

    @TestFactory
    Stream<DynamicTest> aCallerTheTableDoesNotAllowIsRefusedBeforeAnyRepositoryCall() {
        return everyCall().filter(call -> !ALLOWED.getOrDefault(call.name(), Set.of()).contains(call.caller()))
                .map(call -> DynamicTest.dynamicTest(call + " is refused", () -> assertRefused(call, ofB)));
    }

    @TestFactory
    Stream<DynamicTest> aCallerTheTableAllowsIsLetThroughWithTheirOwnRecords() {
        return everyCall().filter(call -> ALLOWED.getOrDefault(call.name(), Set.of()).contains(call.caller()))
                .map(call -> DynamicTest.dynamicTest(call + " is let through", () -> {
                    var thrown = invoke(call, ofA);
                    assertThat(isRefusal(thrown)).as("%s refused with %s", call, thrown).isFalse();
                }));
    }

    @TestFactory
    Stream<DynamicTest> clinicianAIsRefusedEveryRecordOfClinicianB() {
        return objectLevelCalls(CLINICIAN)
                .map(call -> DynamicTest.dynamicTest(call + " with B's records is refused",
                        () -> assertRefused(call, ofB)));
    }

    @TestFactory
    Stream<DynamicTest> patientXIsRefusedEveryRecordOfPatientY() {
        return objectLevelCalls(PATIENT)
                .map(call -> DynamicTest.dynamicTest(call + " with Y's records is refused",
                        () -> assertRefused(call, ofB)));
    }

    @Test
    void clinicianAAsksForClinicianBsPatientByEveryRoute() {
        var theirs = ofB;
        assertRefusedWithoutDataAccess(CLINICIAN, () -> patientService.find(theirs.patient()));
        assertRefusedWithoutDataAccess(CLINICIAN, () -> treatment.recordOf(theirs.patient()));
        assertRefusedWithoutDataAccess(CLINICIAN, () -> programmeService.find(theirs.programme()));
        assertRefusedWithoutDataAccess(CLINICIAN, () -> programmeService.history(theirs.programme()));
        assertRefusedWithoutDataAccess(CLINICIAN, () -> programmeService.programmesOf(theirs.patient()));
        assertRefusedWithoutDataAccess(CLINICIAN, () -> sessionLogService.logsOf(theirs.programme()));
        assertRefusedWithoutDataAccess(CLINICIAN, () -> handouts.download(theirs.programme(), false));

        signIn(CLINICIAN);
        assertThat(treatment.recordOf(ofA.patient()).patient().id()).as("A's own patient").isEqualTo(ofA.patient());
    }

    @Test
    void patientXAsksForPatientYsPdf() {
        assertRefusedWithoutDataAccess(PATIENT, () -> handouts.download(ofB.programme(), false));
        assertRefusedWithoutDataAccess(PATIENT, () -> patientService.find(ofB.patient()));

        signIn(PATIENT);
        assertThat(new String(handouts.download(ofA.programme(), false).content(), 0, 5)).as("X's own PDF")
                .isEqualTo("%PDF-");
    }

    @Test
    void anotherClinicansRecordIsRefusedExactlyLikeOneThatDoesNotExist() {
        signIn(CLINICIAN);
        var theirs = refusal(() -> patientService.find(ofB.patient()));
        var missing = refusal(() -> patientService.find(PatientId.newId()));
        var theirProgramme = refusal(() -> programmeService.find(ofB.programme()));
        var missingProgramme = refusal(() -> programmeService.find(ProgrammeId.newId()));

        assertThat(theirs).isNotNull().hasSameClassAs(missing).hasMessage(missing.getMessage());
        assertThat(theirProgramme).isNotNull().hasSameClassAs(missingProgramme)
                .hasMessage(missingProgramme.getMessage());
    }

    // --- the calls

    /** One application-service method called by one kind of caller. */
    private record Call(String name, Method method, Caller caller) {

        @Override
        public String toString() {
            return name + " as " + caller;
        }
    }

    private Stream<Call> everyCall() {
        return serviceMethods().entrySet().stream()
                .flatMap(entry -> EnumSet.allOf(Caller.class).stream()
                        .map(caller -> new Call(entry.getKey(), entry.getValue(), caller)));
    }

    /** The calls an allowed caller makes naming a record by id. */
    private Stream<Call> objectLevelCalls(Caller caller) {
        return everyCall().filter(call -> call.caller() == caller)
                .filter(call -> ALLOWED.getOrDefault(call.name(), Set.of()).contains(caller))
                .filter(call -> Arrays.stream(call.method().getParameterTypes()).anyMatch(RECORD_IDS::contains));
    }

    private void assertRefused(Call call, Records records) {
        var thrown = invoke(call, records);
        assertThat(isRefusal(thrown)).as("%s refused, but got %s", call, thrown).isTrue();
        assertThat(repositoryCalls.made()).as("repository calls of %s", call).isEmpty();
    }

    private @Nullable Throwable invoke(Call call, Records records) {
        var service = context.getBean(call.method().getDeclaringClass());
        var arguments = Arrays.stream(call.method().getParameterTypes()).map(type -> argument(type, records))
                .toArray();
        signIn(call.caller());
        repositoryCalls.reset();
        try {
            call.method().invoke(service, arguments);
            return null;
        } catch (InvocationTargetException thrown) {
            return thrown.getCause();
        } catch (IllegalAccessException unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    /** Method security decides before the body runs, so only the ids matter; everything else is a default. */
    private static @Nullable Object argument(Class<?> type, Records records) {
        if (type == PatientId.class) {
            return records.patient();
        } else if (type == ProgrammeId.class) {
            return records.programme();
        } else if (type == SessionLogId.class) {
            return records.sessionLog();
        } else if (type == ProposalId.class) {
            return records.proposal();
        } else if (type == ExerciseId.class) {
            return records.ownExercise();
        } else if (type == AccountId.class) {
            return records.clinician();
        } else if (type == long.class) {
            return -1L; // a version no record has
        } else if (type == int.class) {
            return 0;
        } else if (type == boolean.class) {
            return false;
        } else if (type.isPrimitive()) {
            throw new IllegalArgumentException("Give AuthorizationMatrixTest.argument a default for " + type);
        }
        return null;
    }

    private void assertRefusedWithoutDataAccess(Caller caller, Runnable call) {
        signIn(caller);
        repositoryCalls.reset();
        var thrown = refusal(call);
        assertThat(isRefusal(thrown)).as("refused, but got %s", thrown).isTrue();
        assertThat(repositoryCalls.made()).as("repository calls").isEmpty();
    }

    private static @Nullable Throwable refusal(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException thrown) {
            return thrown;
        }
    }

    private static boolean isRefusal(@Nullable Throwable thrown) {
        return thrown instanceof AccessDeniedException || thrown instanceof AuthenticationException;
    }

    private void signIn(Caller caller) {
        switch (caller) {
            case ANONYMOUS -> {
                SignedInAs.useSecurityOf(context);
                var anonymous = SecurityContextHolder.createEmptyContext();
                anonymous.setAuthentication(new AnonymousAuthenticationToken("matrix", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
                SecurityContextHolder.setContext(anonymous);
            }
            case ADMIN -> SignedInAs.account(context, "demo.admin");
            case CLINICIAN -> SignedInAs.account(context, "demo.clinician");
            case PATIENT -> SignedInAs.account(context, "demo.patient");
            case TEMPORARY_PASSWORD -> SignedInAs.account(context, "temporary.clinician");
        }
    }

    // --- the services and the table

    /** Public methods of every {@code @Service} under org.rehabrx.web, by "Service.method", minus internal ones. */
    static Map<String, Method> serviceMethods() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        // services that tests declare for themselves (probes) are not part of the application
        scanner.addExcludeFilter((reader, factory) -> reader.getResource().toString().contains("test-classes"));
        var methods = new TreeMap<String, Method>();
        for (var candidate : scanner.findCandidateComponents("org.rehabrx.web")) {
            var type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> Modifier.isPublic(method.getModifiers()))
                    .filter(method -> !method.isSynthetic() && !method.isBridge())
                    .sorted(Comparator.comparing(Method::toGenericString))
                    .forEach(method -> {
                        var name = type.getSimpleName() + "." + method.getName();
                        if (methods.put(name, method) != null) {
                            throw new AssertionError(name + " is overloaded: give its variants distinct names,"
                                    + " so that each has one row in the authorization table");
                        }
                    });
        }
        INTERNAL_ENTRY_POINTS.forEach(methods::remove);
        return methods;
    }

    private static Map.Entry<String, Set<Caller>> allow(String method, Caller... callers) {
        return Map.entry(method, callers.length == 0 ? Set.of() : Set.copyOf(EnumSet.copyOf(List.of(callers))));
    }

    @SafeVarargs
    private static Map<String, Set<Caller>> table(Map.Entry<String, Set<Caller>>... rows) {
        var table = new LinkedHashMap<String, Set<Caller>>();
        for (var row : rows) {
            if (table.put(row.getKey(), row.getValue()) != null) {
                throw new IllegalStateException("Two rows for " + row.getKey());
            }
        }
        return table;
    }

    // --- the two sides

    /** One clinician's patient (linked to a patient account) and records; the exercise is the clinician's own. */
    private record Records(AccountId clinician, PatientId patient, ProgrammeId programme, SessionLogId sessionLog,
                           ProposalId proposal, ExerciseId ownExercise) {
    }

    private Records recordsOf(String clinician, String patientAccount, String reference, Runnable prepare) {
        SignedInAs.account(context, clinician);
        prepare.run();
        var patient = patients.findByReference(new ClinicReference(reference)).orElseThrow();
        assertThat(patient.account()).as("linked account of " + reference)
                .isEqualTo(accounts.findByUsername(new Username(patientAccount)).orElseThrow().id());
        var programme = programmes.forPatient(patient.id()).getFirst();
        progression.evaluate(programme.id());
        var log = sessionLogs.forProgramme(programme.id()).getFirst();
        var proposal = proposals.pendingFor(programme.id()).getFirst();
        var shipped = library.exercises().stream().filter(exercise -> exercise.isShipped()).findFirst().orElseThrow();
        var own = library.cloneExercise(shipped.id());
        return new Records(accounts.findByUsername(new Username(clinician)).orElseThrow().id(), patient.id(),
                programme.id(), log.id(), proposal.id(), own.id());
    }

    /** What the demo data gives Maria, for clinician B's patient Jonas: an active programme with logs and a proposal. */
    private void activeProgrammeWithLogsForJonas() {
        var jonas = patients.findByReference(new ClinicReference("DEMO-0002")).orElseThrow();
        var today = LocalDate.now(clock);
        var template = templates.findByKey("forefoot-plantar-pain").orElseThrow();
        var draft = programmeService.startFromTemplate(jonas.id(), template.id(), today.minusDays(10),
                today.plusWeeks(4), PainScore.of(2));
        var programme = programmeService.activate(draft.id(), draft.version());
        var toeCurls = exercises.findByKey("toe-curls").orElseThrow().id();
        var patientAccount = accounts.findByUsername(new Username("demo.patient2")).orElseThrow().id();
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            sessionLogs.save(SessionLog.record(programme.id(), programme.number(), toeCurls, 1,
                    today.minusDays(daysAgo), true, 2, PainScore.of(2), PainScore.of(1), "", patientAccount,
                    clock.instant(), today));
        }
    }
}
