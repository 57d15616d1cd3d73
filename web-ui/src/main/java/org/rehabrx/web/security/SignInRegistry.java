package org.rehabrx.web.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * Spring Security's registry of signed-in sessions, which also remembers when each session signed in, so
 * that an admin can tell a fresh sign-in from a tab left open for hours.
 */
final class SignInRegistry extends SessionRegistryImpl {

    private final Map<String, Instant> signedInAt = new ConcurrentHashMap<>();

    Instant signedInAt(String sessionId) {
        return signedInAt.getOrDefault(sessionId, Instant.EPOCH);
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        super.registerNewSession(sessionId, principal);
        // the registry's own first request time: one clock, so the last activity is never before the sign-in
        var registered = getSessionInformation(sessionId);
        if (registered != null) {
            signedInAt.putIfAbsent(sessionId, registered.getLastRequest().toInstant());
        }
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        super.removeSessionInformation(sessionId);
        signedInAt.remove(sessionId);
    }

    /** A session whose id changes keeps the moment it signed in. */
    @Override
    public void onApplicationEvent(AbstractSessionEvent event) {
        if (event instanceof SessionIdChangedEvent changed) {
            Instant since = signedInAt.get(changed.getOldSessionId());
            super.onApplicationEvent(event);
            if (since != null) {
                signedInAt.put(changed.getNewSessionId(), since);
            }
            return;
        }
        super.onApplicationEvent(event);
    }
}
