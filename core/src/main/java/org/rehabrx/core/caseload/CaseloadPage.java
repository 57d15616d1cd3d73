package org.rehabrx.core.caseload;

import java.util.List;

/**
 * The first rows of the caseload together with how many patients it lists in all: what a list shows first,
 * answered at once.
 */
public record CaseloadPage(List<CaseloadRow> rows, int total) {

    public CaseloadPage {
        rows = List.copyOf(rows);
        if (total < rows.size()) {
            throw new IllegalArgumentException("A page cannot hold more rows than the list has.");
        }
    }
}
