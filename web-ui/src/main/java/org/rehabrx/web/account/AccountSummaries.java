package org.rehabrx.web.account;

import java.time.Clock;
import java.util.List;

import org.rehabrx.core.account.Account;
import org.rehabrx.core.account.FailedSignIns;
import org.rehabrx.core.account.SignInFailures;
import org.rehabrx.core.account.SignInSubject;
import org.rehabrx.core.account.SignInThrottling;
import org.springframework.stereotype.Component;

/** Accounts as admins see them, with whether sign-in is paused; a page of them costs one query for the pauses. */
@Component
class AccountSummaries {

    private final SignInFailures signInFailures;
    private final Clock clock;

    AccountSummaries(SignInFailures signInFailures, Clock clock) {
        this.signInFailures = signInFailures;
        this.clock = clock;
    }

    AccountSummary of(Account account) {
        return of(List.of(account)).getFirst();
    }

    List<AccountSummary> of(List<Account> accounts) {
        var failures = signInFailures.of(SignInSubject.Kind.USERNAME,
                accounts.stream().map(account -> SignInSubject.username(account.username())).toList());
        var now = clock.instant();
        return accounts.stream()
                .map(account -> AccountSummary.of(account, SignInThrottling.PER_USERNAME.isLocked(
                        failures.getOrDefault(SignInSubject.username(account.username()), FailedSignIns.NONE), now)))
                .toList();
    }
}
