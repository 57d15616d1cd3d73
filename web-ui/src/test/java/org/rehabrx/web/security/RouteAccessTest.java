package org.rehabrx.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabrx.web.security.AuthorizationMatrixTest.Caller.ADMIN;
import static org.rehabrx.web.security.AuthorizationMatrixTest.Caller.ANONYMOUS;
import static org.rehabrx.web.security.AuthorizationMatrixTest.Caller.CLINICIAN;
import static org.rehabrx.web.security.AuthorizationMatrixTest.Caller.PATIENT;
import static org.rehabrx.web.security.AuthorizationMatrixTest.Caller.TEMPORARY_PASSWORD;

import java.lang.annotation.Annotation;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.exercise.Exercise;
import org.rehabrx.core.patient.ClinicReference;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.ProgrammeId;
import org.rehabrx.core.programme.Programmes;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.template.Templates;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.security.AuthorizationMatrixTest.Caller;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.SignedInAs;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;

import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;

/**
 * Every view route × every kind of caller, decided by the application's own navigation access control, against
 * the table below; then the ids in clinical routes: clinician A opening clinician B's patient or programme by
 * its address sees exactly what an address with a made-up id shows, and nothing of B's patient.
 */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class RouteAccessTest {

    private static final Set<Caller> SIGNED_IN = EnumSet.of(ADMIN, CLINICIAN, PATIENT, TEMPORARY_PASSWORD);

    /** Who may open each view, by view class; admins open no clinical view. */
    private static final Map<String, Set<Caller>> ALLOWED = table(
            allow("LoginView", EnumSet.allOf(Caller.class)),
            allow("HomeView", SIGNED_IN),
            allow("ChangePasswordView", SIGNED_IN),
            allow("AccountsView", EnumSet.of(ADMIN)),
            allow("MyPatientsView", EnumSet.of(CLINICIAN)),
            allow("PatientView", EnumSet.of(CLINICIAN)),
            allow("NewProgrammeView", EnumSet.of(CLINICIAN)),
            allow("ProgrammeEditorView", EnumSet.of(CLINICIAN)),
            allow("ProgressionReviewView", EnumSet.of(CLINICIAN)),
            allow("LibraryView", EnumSet.of(CLINICIAN)),
            allow("ExerciseView", EnumSet.of(CLINICIAN)),
            allow("MyProgrammeView", EnumSet.of(PATIENT)),
            allow("LogSessionView", EnumSet.of(PATIENT)),
            allow("AuditView", EnumSet.of(ADMIN)),
            allow("SessionsView", EnumSet.of(ADMIN)),
            allow("CareTeamsView", EnumSet.of(ADMIN)),
            allow("ActivateView", EnumSet.allOf(Caller.class)),
            allow("RecordAccessView", EnumSet.of(PATIENT)),
            allow("SecondFactorView", EnumSet.of(ADMIN, CLINICIAN)),
            allow("SecondFactorSignInView", SIGNED_IN));

    /** The views that show no clinical content. */
    private static final Set<String> NON_CLINICAL = Set.of("LoginView", "HomeView", "ChangePasswordView",
            "AccountsView", "SecondFactorView", "SecondFactorSignInView", "AuditView",
            "SessionsView", "CareTeamsView", "ActivateView");

    @Autowired
    ApplicationContext context;
    @Autowired
    Patients patients;
    @Autowired
    Programmes programmes;
    @Autowired
    Templates templates;
    @Autowired
    ProgrammeService programmeService;
    @Autowired
    LibraryService library;
    @Autowired
    Clock clock;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @Test
    void everyRouteLetsInExactlyTheCallersOfItsRow() {
        var views = routeViews();
        var missing = views.keySet().stream().filter(name -> !ALLOWED.containsKey(name))
                .map(name -> name + " has no row in RouteAccessTest.ALLOWED: add allow(\"" + name
                        + "\", <the callers it lets in>)")
                .toList();
        assertThat(missing).as("routes without a row").isEmpty();
        assertThat(ALLOWED.keySet()).as("rows for routes that exist").isSubsetOf(views.keySet());

        var actual = new TreeMap<String, Set<Caller>>();
        views.forEach((name, view) -> {
            var allowed = EnumSet.noneOf(Caller.class);
            for (var caller : Caller.values()) {
                if (navigationAllows(view, caller)) {
                    allowed.add(caller);
                }
            }
            actual.put(name, allowed);
        });

        assertThat(actual).isEqualTo(new TreeMap<>(ALLOWED));
    }

    @Test
    void anAdminOpensNoClinicalView() {
        var clinicalOpenToAdmin = routeViews().entrySet().stream()
                .filter(view -> !NON_CLINICAL.contains(view.getKey()))
                .filter(view -> navigationAllows(view.getValue(), ADMIN))
                .map(Map.Entry::getKey)
                .toList();

        assertThat(clinicalOpenToAdmin).isEmpty();
    }

    @Test
    void clinicianAOpeningClinicianBsRecordsByAddressSeesWhatAMadeUpAddressShows() {
        var jonas = patients.findByReference(new ClinicReference("DEMO-0002")).orElseThrow();
        var theirProgramme = programmeOfJonas();

        var shown = new ArrayList<String>();
        for (var address : List.of("patients/%s", "patients/%s/new-programme")) {
            shown.add(assertLikeAMadeUpId(address, jonas.id().value()));
        }
        for (var address : List.of("programmes/%s/edit", "review/%s")) {
            shown.add(assertLikeAMadeUpId(address, theirProgramme.value()));
        }
        var theirExercise = ownExerciseOfClinicianB();
        assertThat(assertLikeAMadeUpId("library/%s", theirExercise.id().value())).doesNotContain(theirExercise.name());

        assertThat(shown).allSatisfy(text -> assertThat(text).doesNotContain("Jonas", "Weber", "DEMO-0002",
                "ball of the foot"));
        var maria = patients.findByReference(new ClinicReference("DEMO-0001")).orElseThrow();
        assertThat(shownAt("patients/%s", maria.id().value())).as("A's own patient").contains("Maria Rossi");
    }

    /** The page and title shown for the address with B's id, which must equal those shown for a random id. */
    private String assertLikeAMadeUpId(String address, UUID theirs) {
        var forTheirs = shownAt(address, theirs);
        var forMadeUp = shownAt(address, UUID.randomUUID());

        assertThat(forTheirs).as("%s with clinician B's id", address).isEqualTo(forMadeUp);
        return forTheirs;
    }

    /**
     * The title and text of the page clinician A sees at the address, in a fresh UI each time, or the not-found
     * error the view reroutes to (which Karibu throws).
     */
    private String shownAt(String address, UUID id) {
        ui.close();
        ui.open();
        ui.signInAs("demo.clinician");
        String shown;
        try {
            ui.navigate(address.formatted(id));
            var internals = UI.getCurrent().getInternals();
            var outermost = internals.getActiveRouterTargetsChain().getLast();
            shown = internals.getTitle() + "\n" + outermost.getElement().getTextRecursively();
        } catch (NotFoundError rerouted) {
            shown = "not found: " + rerouted.getMessage();
        }
        return shown.replace(id.toString(), "<id>");
    }

    private Exercise ownExerciseOfClinicianB() {
        SignedInAs.account(context, "demo.clinician2");
        var shipped = library.exercises().stream().filter(Exercise::isShipped).findFirst().orElseThrow();
        var clone = library.cloneExercise(shipped.id());
        SignedInAs.nobody();
        return clone;
    }

    private ProgrammeId programmeOfJonas() {
        var jonas = patients.findByReference(new ClinicReference("DEMO-0002")).orElseThrow();
        var existing = programmes.forPatient(jonas.id());
        if (!existing.isEmpty()) {
            return existing.getFirst().id();
        }
        SignedInAs.account(context, "demo.clinician2");
        var today = LocalDate.now(clock);
        var started = programmeService.startFromTemplate(jonas.id(),
                templates.findByKey("forefoot-plantar-pain").orElseThrow().id(), today, today.plusWeeks(4),
                PainScore.of(2)).id();
        SignedInAs.nobody();
        return started;
    }

    private boolean navigationAllows(Class<?> view, Caller caller) {
        var control = context.getBean(NavigationAccessControl.class);
        var roles = switch (caller) {
            case ADMIN -> Set.of("ADMIN");
            case CLINICIAN -> Set.of("CLINICIAN");
            case PATIENT -> Set.of("PATIENT");
            case ANONYMOUS, TEMPORARY_PASSWORD -> Set.<String>of();
        };
        @Nullable Principal principal = caller == ANONYMOUS ? null : () -> "someone." + caller.name().toLowerCase();
        var navigation = new NavigationContext(UI.getCurrent().getInternals().getRouter(), view,
                new Location(view.getAnnotation(Route.class).value()), RouteParameters.empty(), principal,
                roles::contains, false);
        return control.checkAccess(navigation, false).decision() == AccessCheckDecision.ALLOW;
    }

    /**
     * Views carry {@code @RolesAllowed} and {@code @PermitAll} for Vaadin's navigation access control only. Were
     * Spring's method security to read them too, every view and layout would be built as a proxy around a second
     * instance, its advisors matched anew on each navigation and every call into it authorized again.
     */
    @Test
    void noViewOrLayoutIsWrappedByMethodSecurityOrAnyOtherAdvice() {
        var advisors = context.getBeansOfType(Advisor.class).values();
        var views = new TreeMap<>(routeViews());
        views.putAll(annotatedWith(Layout.class));
        var advised = views.entrySet().stream()
                .filter(view -> advisors.stream().anyMatch(advisor -> AopUtils.canApply(advisor, view.getValue())))
                .map(Map.Entry::getKey)
                .toList();

        assertThat(advisors).as("the application's advisors").isNotEmpty();
        assertThat(advised).isEmpty();
    }

    private static Map<String, Class<?>> routeViews() {
        return annotatedWith(Route.class);
    }

    private static Map<String, Class<?>> annotatedWith(Class<? extends Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        var views = new TreeMap<String, Class<?>>();
        for (var candidate : scanner.findCandidateComponents("org.rehabrx.web")) {
            var view = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            views.put(view.getSimpleName(), view);
        }
        return views;
    }

    private static Map.Entry<String, Set<Caller>> allow(String view, Set<Caller> callers) {
        return Map.entry(view, callers);
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
}
