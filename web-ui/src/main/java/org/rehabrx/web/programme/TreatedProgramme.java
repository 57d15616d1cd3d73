package org.rehabrx.web.programme;

import org.rehabrx.core.patient.Patient;
import org.rehabrx.core.programme.Programme;
import org.rehabrx.web.security.AccountPrincipal;

/** A programme, its patient, and who is acting on it — loaded after method security allowed the call. */
public record TreatedProgramme(Programme programme, Patient patient, AccountPrincipal actor) {
}
