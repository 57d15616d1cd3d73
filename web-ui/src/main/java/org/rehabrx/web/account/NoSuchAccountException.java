package org.rehabrx.web.account;

import org.rehabrx.core.account.AccountId;

public final class NoSuchAccountException extends RuntimeException {

    NoSuchAccountException(AccountId id) {
        super("No account " + id.value());
    }
}
