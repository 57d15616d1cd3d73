package org.rehabrx.web.security;

import java.time.Instant;

import org.rehabrx.core.account.AccountId;
import org.rehabrx.core.account.Role;

/**
 * One signed-in session as an admin sees it.
 *
 * @param reference stands for the session without being its id: a session id is as good as a password
 */
public record SignedInSession(String reference, AccountId account, String displayName, Role role,
                              Instant signedInAt, Instant lastActivity) {
}
