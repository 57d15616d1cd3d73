package org.rehabrx.core.caseload;

import java.util.List;

import org.rehabrx.core.account.AccountId;

/** The patients in a clinician's care, searched, filtered, sorted and paged where they are stored. */
public interface Caseload {

    /**
     * One page of the caseload. Rows with equal sort keys keep a stable order, so that consecutive pages
     * neither repeat nor skip a patient.
     *
     * @param sort the sort keys, most significant first; empty sorts by name
     */
    List<CaseloadRow> page(CaseloadQuery query, List<CaseloadSort> sort, PageRequest page);

    /** Whether the clinician has any patient in their care at all, active or archived. */
    boolean hasAnyPatient(AccountId clinician);

    /**
     * The first {@code limit} rows and the count, as one piece of work: what a list needs each time the search
     * or the filter changes.
     */
    CaseloadPage firstPage(CaseloadQuery query, List<CaseloadSort> sort, int limit);
}
