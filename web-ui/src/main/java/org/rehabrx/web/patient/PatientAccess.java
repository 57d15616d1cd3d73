package org.rehabrx.web.patient;

import org.rehabrx.core.account.Role;
import org.rehabrx.core.patient.Patient;
import org.rehabrx.web.security.AccountPrincipal;
import org.rehabrx.web.security.SignedInAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Object-level authorization for everything clinical. The message never names the patient: it may end up
 * in a log.
 */
@Component
public class PatientAccess {

    private static final String DENIED = "No access to this patient record";

    private final SignedInAccount signedIn;

    PatientAccess(SignedInAccount signedIn) {
        this.signedIn = signedIn;
    }

    /** The signed-in clinician is in the patient's care team. */
    public AccountPrincipal requireTreating(Patient patient) {
        var account = signedIn.require();
        if (account.role() != Role.CLINICIAN || !patient.isCaredForBy(account.accountId())) {
            throw new AccessDeniedException(DENIED);
        }
        return account;
    }

    /** The signed-in account is a clinician in the care team, or the patient themselves. */
    public AccountPrincipal requireTreatingOrSelf(Patient patient) {
        var account = signedIn.require();
        boolean treating = account.role() == Role.CLINICIAN && patient.isCaredForBy(account.accountId());
        boolean self = account.role() == Role.PATIENT && account.accountId().equals(patient.account());
        if (!treating && !self) {
            throw new AccessDeniedException(DENIED);
        }
        return account;
    }
}
