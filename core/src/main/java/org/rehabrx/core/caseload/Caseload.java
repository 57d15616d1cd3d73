package org.rehabrx.core.caseload;

import java.util.List;

/** The patients in a clinician's care, searched, filtered, sorted and paged where they are stored. */
public interface Caseload {

    /**
     * One page of the caseload. Rows with equal sort keys keep a stable order, so that consecutive pages
     * neither repeat nor skip a patient.
     *
     * @param sort the sort keys, most significant first; empty sorts by name
     */
    List<CaseloadRow> page(CaseloadQuery query, List<CaseloadSort> sort, PageRequest page);

    /** How many patients the query lists in all. */
    int count(CaseloadQuery query);

    /**
     * The first {@code limit} rows and the count, as one piece of work: what a list needs each time the search
     * or the filter changes.
     */
    CaseloadPage firstPage(CaseloadQuery query, List<CaseloadSort> sort, int limit);
}
