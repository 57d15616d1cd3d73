package org.rehabrx.web.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.exercise.Exercises;
import org.rehabrx.web.portal.PortalFixture;
import org.rehabrx.web.portal.PortalService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.shared.Translations;
import org.rehabrx.web.testing.BrowserlessUi;
import org.rehabrx.web.testing.WithTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** "My programme" as a patient reads it, in the browserless UI against the real services and database. */
@SpringBootTest
@ActiveProfiles("demo")
@WithTestDatabase
class MyProgrammeViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    PortalService portal;
    @Autowired
    Exercises exercises;
    @Autowired
    Accounts accounts;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @Test
    void anEnglishSpeakingPatientSeesEachExerciseWithItsDrawingDosageAndTheHandout() {
        var mine = new PortalFixture(context).patientOnProgramme(Locale.ENGLISH);
        ui.signInAs(mine.username());

        ui.navigate("my-programme");

        _get(MyProgrammeView.class);
        var first = mine.programme().content().exercises().getFirst();
        var name = exercises.findById(first.exercise()).orElseThrow().name();
        assertThat(_find(H4.class)).extracting(H4::getText).contains(name);
        assertThat(_find(Span.class)).extracting(Span::getText).contains(first.dosage().sentence(Locale.ENGLISH));
        assertThat(_find(Svg.class)).extracting(svg -> svg.getElement().getAttribute("aria-label"))
                .contains(name + ": Start position", name + ": End position");
        var id = mine.programme().id().value();
        assertThat(_find(Anchor.class)).extracting(Anchor::getText, Anchor::getHref)
                .contains(tuple("Download PDF", "handouts/" + id),
                        tuple("Large-print PDF", "handouts/" + id + "?largePrint=true"));
        assertThat(_find(RouterLink.class)).extracting(RouterLink::getHref).contains("my-programme/log");
        assertThat(_find(ChangeNotice.class)).isEmpty();
        assertThat(BrowserlessUi.navigationLabels()).contains("My programme", "Log today's session");
    }

    @Test
    void aSpanishSpeakingPatientReadsTheScreenAndTheExercisesInSpanish() {
        var mine = new PortalFixture(context).patientOnProgramme(Translations.SPANISH);
        ui.signInAs(mine.username());

        ui.navigate("my-programme");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("es");
        var first = mine.programme().content().exercises().getFirst();
        var name = exercises.findById(first.exercise()).orElseThrow().in(Translations.SPANISH).name();
        assertThat(_find(H4.class)).extracting(H4::getText).contains(name);
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Descargar PDF", "PDF con letra grande");
        assertThat(_find(Span.class)).extracting(Span::getText).contains(first.dosage().sentence(Translations.SPANISH));
        assertThat(BrowserlessUi.navigationLabels()).contains("Mi programa", "Registrar la sesión de hoy");
    }

    @Test
    void aChangedProgrammeIsAnnouncedAtTheTopUntilThePatientSaysGotIt() {
        var mine = new PortalFixture(context).patientOnProgramme(Locale.ENGLISH);
        ui.signInAs("demo.clinician");
        var first = mine.programme().content().exercises().getFirst();
        programmes.saveChanges(mine.programme().id(), mine.programme().version(),
                mine.programme().content().withExerciseAt(first.exercise(), 2, first.dosage()));
        ui.signInAs(mine.username());

        ui.navigate("my-programme");

        var notice = _get(ChangeNotice.class);
        var name = exercises.findById(first.exercise()).orElseThrow().name();
        assertThat(_find(notice, Paragraph.class).getFirst().getText()).contains("now version 2");
        assertThat(notice.getElement().getTextRecursively()).contains("New level or amount: " + name);

        _click(_get(notice, Button.class, spec -> spec.withText("Got it")));

        assertThat(_find(ChangeNotice.class)).isEmpty();
        assertThat(portal.myProgramme().programme().orElseThrow().change()).isEmpty();
        ui.navigate("my-programme/log");
        ui.navigate("my-programme");
        assertThat(_find(ChangeNotice.class)).isEmpty();
    }

    @Test
    void anAccountTheClinicHasNotLinkedYetIsToldWhomToAskOnBothScreens() {
        var username = new Username("unlinked." + Long.toString(System.nanoTime(), 36));
        accounts.save(Account.open(username, "Not Yet Linked", Role.PATIENT,
                new EncodedPassword("{noop}a long enough password")));
        ui.signInAs(username.value());

        for (var route : List.of("my-programme", "my-programme/log")) {
            ui.navigate(route);

            assertThat(_find(Paragraph.class)).as(route).extracting(Paragraph::getText)
                    .contains("Your account is not linked to your patient record yet. Please ask your clinic to "
                            + "link it; then your programme will appear here.");
        }
    }

    @Test
    void aPatientWithoutAProgrammeIsToldWhatWillAppearHere() {
        ui.signInAs(new PortalFixture(context).patientWithoutProgramme(Locale.ENGLISH));

        ui.navigate("my-programme");

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Your clinician has not given you a home programme yet."));
        assertThat(_find(Anchor.class)).isEmpty();
    }
}
