package org.rehabrx.core.account;

import org.jspecify.annotations.Nullable;

/**
 * Which accounts an admin is looking for; every part left empty matches every account.
 *
 * @param search part of the username or the name, in any case
 */
public record AccountFilter(String search, @Nullable Role role, @Nullable AccountStatus status) {

    public static final int MAX_SEARCH_LENGTH = 100;

    public AccountFilter {
        search = search == null ? "" : search.strip();
        if (search.length() > MAX_SEARCH_LENGTH) {
            throw new IllegalArgumentException("Search for at most " + MAX_SEARCH_LENGTH + " characters.");
        }
    }

    public static AccountFilter everyone() {
        return new AccountFilter("", null, null);
    }
}
