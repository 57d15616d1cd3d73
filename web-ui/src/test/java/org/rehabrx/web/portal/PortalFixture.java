package org.rehabrx.web.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.EncodedPassword;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.core.shared.Side;
import org.rehabrx.web.library.LibraryService;
import org.rehabrx.web.patient.PatientRegistration;
import org.rehabrx.web.patient.PatientService;
import org.rehabrx.web.programme.ProgrammeService;
import org.rehabrx.web.testing.SignedInAs;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A patient of {@code demo.clinician} on the forefoot template, activated and started a few days ago, with a
 * patient account of their own linked to the record. Leaves {@code demo.clinician} signed in.
 */
public final class PortalFixture {

    private final ApplicationContext context;

    public PortalFixture(ApplicationContext context) {
        this.context = context;
    }

    public record PatientOnProgramme(String username, Patient patient, Programme programme) {
    }

    public PatientOnProgramme patientOnProgramme(Locale language) {
        return patientOnProgramme(language, new EncodedPassword("{noop}not used to sign in here"));
    }

    /** The same, with a password to sign in with through the login page. */
    public PatientOnProgramme patientOnProgramme(Locale language, String password) {
        return patientOnProgramme(language, new EncodedPassword(context.getBean(PasswordEncoder.class).encode(password)));
    }

    private PatientOnProgramme patientOnProgramme(Locale language, EncodedPassword password) {
        var patient = registered(language);
        var programmes = context.getBean(ProgrammeService.class);
        var today = LocalDate.now(context.getBean(Clock.class));
        var template = context.getBean(LibraryService.class).templates().getFirst();
        var draft = programmes.startFromTemplate(patient.id(), template.id(), today.minusDays(5), today.plusWeeks(4),
                PainScore.of(1));
        var active = programmes.activate(draft.id(), draft.version());
        return new PatientOnProgramme(linkedAccount(patient, password), patient, active);
    }

    /** A linked patient whose clinician has not prescribed anything yet. */
    public String patientWithoutProgramme(Locale language) {
        return linkedAccount(registered(language), new EncodedPassword("{noop}not used to sign in here"));
    }

    private Patient registered(Locale language) {
        SignedInAs.account(context, "demo.clinician");
        var reference = "PRT-" + System.nanoTime() % 1_000_000;
        return context.getBean(PatientService.class).register(new PatientRegistration(reference, "Lucía Portal",
                LocalDate.of(1966, 5, 20), language, "", "", "Forefoot pain under the 2nd metatarsal head",
                Side.LEFT, Set.of()));
    }

    private String linkedAccount(Patient patient, EncodedPassword password) {
        var username = "portal." + System.nanoTime() % 1_000_000_000;
        var accounts = context.getBean(Accounts.class);
        var patients = context.getBean(Patients.class);
        var own = accounts.save(Account.open(new Username(username), "Lucía Portal", Role.PATIENT,
                password));
        patients.save(patients.findById(patient.id()).orElseThrow().linkedTo(own.id()));
        return username;
    }
}
