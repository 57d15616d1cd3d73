package org.rehabrx.core.caseload;

import java.util.Objects;
import java.time.LocalDate;

import org.rehabrx.core.account.AccountId;

/**
 * One clinician's caseload as of a day.
 *
 * @param clinician only patients whose care team includes this clinician are listed
 * @param today     the clinic's date: review dates and recent pain are judged against it
 */
public record CaseloadQuery(AccountId clinician, LocalDate today, CaseloadFilter filter) {

    public CaseloadQuery {
        Objects.requireNonNull(clinician, "clinician");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(filter, "filter");
    }
}
