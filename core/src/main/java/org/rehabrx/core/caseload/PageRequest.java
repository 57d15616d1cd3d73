package org.rehabrx.core.caseload;

/** Which rows of a sorted list to return: {@code limit} rows from the zero-based {@code offset}. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("A page starts at row 0 or later.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A page has from 1 to " + MAX_LIMIT + " rows.");
        }
    }
}
