package org.rehabrx.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.rehabrx.core.account.AccountId;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpSession;

/**
 * The HTTP sessions of signed-in accounts, and the means to end them at once (OWASP ASVS 7.4.2). Spring
 * Security's registry only marks a session as expired, which takes effect on its next request and only
 * where its filter runs; ending a session here also invalidates the servlet container's session itself.
 */
@Component
public class LiveSessions {

    private final SignInRegistry registry;
    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

    LiveSessions(SignInRegistry registry) {
        this.registry = registry;
    }

    /** Every signed-in session, the most recently active first. */
    public List<SignedInSession> signedIn() {
        return registry.getAllPrincipals().stream()
                .filter(AccountPrincipal.class::isInstance)
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .map(this::describe)
                .sorted(Comparator.comparing(SignedInSession::lastActivity).reversed())
                .toList();
    }

    /** @return how many sessions were ended */
    public int endAllOf(AccountId account) {
        var sessions = sessionsOf(account);
        sessions.forEach(this::end);
        return sessions.size();
    }

    /** @return whether the account had a session with that reference, now ended */
    public boolean end(AccountId account, String reference) {
        var session = sessionsOf(account).stream()
                .filter(information -> referenceOf(information.getSessionId()).equals(reference))
                .findFirst();
        session.ifPresent(this::end);
        return session.isPresent();
    }

    private List<SessionInformation> sessionsOf(AccountId account) {
        return registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof AccountPrincipal signedIn
                        && signedIn.accountId().equals(account))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .toList();
    }

    /**
     * Marked expired first, so that Spring Security's filter signs out the session at its next request even if
     * the servlet container's session could not be reached; the registry forgets it when the container
     * reports it destroyed.
     */
    private void end(SessionInformation information) {
        information.expireNow();
        var session = open.remove(information.getSessionId());
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // the session ended by itself in the meantime: nothing left to end
            }
        }
    }

    private SignedInSession describe(SessionInformation information) {
        var principal = (AccountPrincipal) information.getPrincipal();
        return new SignedInSession(referenceOf(information.getSessionId()), principal.accountId(),
                principal.displayName(), principal.role(), registry.signedInAt(information.getSessionId()),
                information.getLastRequest().toInstant());
    }

    private static String referenceOf(String sessionId) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    @EventListener
    void opened(HttpSessionCreatedEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    @EventListener
    void idChanged(HttpSessionIdChangedEvent event) {
        var session = open.remove(event.getOldSessionId());
        if (session != null) {
            open.put(event.getNewSessionId(), session);
        }
    }

    @EventListener
    void closed(HttpSessionDestroyedEvent event) {
        open.remove(event.getId());
    }
}
