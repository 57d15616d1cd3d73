package org.rehabrx.web.portal;

import java.util.Locale;
import java.util.Optional;

import org.rehabrx.core.access.CareRelations;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.patient.Patients;
import org.rehabrx.web.security.SignedInAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The preferred language of the patient signed in, so that the whole frame (navigation, sign-out) speaks it
 * from the first screen. Reveals nothing about anyone else: without a signed-in, linked patient it is empty.
 */
@Component
public class PatientLanguage {

    private final SignedInAccount signedIn;
    private final CareRelations careRelations;
    private final Patients patients;

    PatientLanguage(SignedInAccount signedIn, CareRelations careRelations, Patients patients) {
        this.signedIn = signedIn;
        this.careRelations = careRelations;
        this.patients = patients;
    }

    @Transactional(readOnly = true)
    public Optional<Locale> ofSignedInPatient() {
        return signedIn.get()
                .filter(account -> account.role() == Role.PATIENT && !account.passwordChangeRequired())
                .flatMap(account -> careRelations.patientOfAccount(account.accountId()))
                .flatMap(patients::findById)
                .map(patient -> patient.preferredLanguage());
    }
}
