package org.rehabrx.web.portal;

import org.springframework.security.access.AccessDeniedException;

/**
 * A patient account that the clinic has not linked to a patient record yet, as right after activation: it
 * has no record to show, so it is refused, and the portal tells the person whom to ask.
 */
public final class AccountNotLinkedException extends AccessDeniedException {

    AccountNotLinkedException() {
        super("This account is not linked to a patient record");
    }
}
