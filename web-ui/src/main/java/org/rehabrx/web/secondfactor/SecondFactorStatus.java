package org.rehabrx.web.secondfactor;

/** Where the signed-in account stands with its second factor. */
public enum SecondFactorStatus {
    /** No secret key is configured on this server, so no second factor can be set up. */
    UNAVAILABLE,
    NOT_ENROLLED,
    ENROLLED
}
