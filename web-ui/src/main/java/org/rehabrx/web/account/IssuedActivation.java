package org.rehabrx.web.account;

import java.time.Instant;

/**
 * An activation code just issued, for the admin to hand over once: it is not stored and cannot be shown again.
 *
 * @param code the code as the owner types it, in groups of four
 */
public record IssuedActivation(AccountSummary account, String code, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedActivation[" + account.username() + ", expires " + expiresAt + "]";
    }
}
