package org.rehabrx.core.caseload;

import java.util.Objects;

/** One sort key of a caseload page. */
public record CaseloadSort(CaseloadColumn column, boolean descending) {

    public CaseloadSort {
        Objects.requireNonNull(column, "column");
    }

    public static CaseloadSort ascending(CaseloadColumn column) {
        return new CaseloadSort(column, false);
    }

    public static CaseloadSort descending(CaseloadColumn column) {
        return new CaseloadSort(column, true);
    }
}
