package org.rehabrx.web.account;

/** An activation code that can still be used, and the username the owner will sign in with. */
public record PendingActivation(String username) {
}
