package org.rehabrx.web.audit;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.audit.Actor;
import org.rehabrx.core.audit.AuditAction;
import org.rehabrx.core.audit.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Sign-ins, failed sign-ins, sign-outs and authorization denials outside {@link Audited} calls. */
@Component
class SecurityEventsAudit {

    private final AuditRecorder recorder;
    private final Accounts accounts;

    SecurityEventsAudit(AuditRecorder recorder, Accounts accounts) {
        this.recorder = recorder;
        this.accounts = accounts;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        recorder.record(AuditRecorder.actorOf(authentication), AuditAction.SIGN_IN, null, AuditOutcome.SUCCESS,
                addressOf(authentication));
    }

    /**
     * Every kind of refused sign-in: wrong password, unknown username, disabled or locked account. The typed
     * username is kept only when an account has it; the password never is.
     */
    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        recorder.record(claimedActor(authentication.getName()), AuditAction.SIGN_IN_FAILED, null,
                AuditOutcome.DENIED, addressOf(authentication));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        var authentication = event.getAuthentication();
        recorder.record(AuditRecorder.actorOf(authentication), AuditAction.SIGN_OUT, null, AuditOutcome.SUCCESS,
                AuditRecorder.currentClientAddress());
    }

    /**
     * Denials published by method and request authorization. Inside an audited call the call's own event
     * records the denial. An anonymous request sent to the sign-in page is the way in, not a refusal.
     */
    @EventListener
    void accessDenied(AuthorizationDeniedEvent<?> event) {
        if (AuditedCalls.running()) {
            return;
        }
        var authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        recorder.record(AuditRecorder.actorOf(authentication), AuditAction.ACCESS_DENIED, null, AuditOutcome.DENIED,
                AuditRecorder.currentClientAddress());
    }

    private Actor claimedActor(@Nullable String typed) {
        if (typed == null) {
            return Actor.unknownAccount();
        }
        try {
            return accounts.findByUsername(new Username(typed))
                    .map(account -> Actor.account(account.id(), account.username(), account.role()))
                    .orElse(Actor.unknownAccount());
        } catch (IllegalArgumentException notAUsername) {
            return Actor.unknownAccount();
        }
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : AuditRecorder.currentClientAddress();
    }
}
