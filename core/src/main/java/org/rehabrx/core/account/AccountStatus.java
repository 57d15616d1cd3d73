package org.rehabrx.core.account;

/** Where an account stands, as an admin sees it. */
public enum AccountStatus {
    /** Signs in with the password its owner chose. */
    ACTIVE,
    /** Created or reset by an admin; no password works until the owner uses the activation code. */
    AWAITING_ACTIVATION,
    /** Cannot sign in, whatever its password. */
    DISABLED
}
