package org.rehabrx.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.VaadinService;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session that has been idle too long or has lived too long (OWASP ASVS 3.3.1, 3.3.2), before Spring
 * Security reads the sign-in from it. Idle means no request from the person: the heartbeats an open Vaadin tab
 * sends every few minutes do not count, so a forgotten tab is signed out; its next heartbeat finds the
 * session ended and the page reloads to the login page. The servlet container's own timeout cannot tell
 * heartbeats apart, and Vaadin's {@code closeIdleSessions} closes only its own session, not the sign-in.
 * <p>
 * A session's lifetime starts with the request that created it and again when its id changes, which happens
 * at every sign-in.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String STAMP = SessionLifetimeFilter.class.getName() + ".STAMP";

    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;

    SessionLifetimeFilter(Clock clock, Duration idleTimeout, Duration absoluteTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var now = clock.instant();
        var session = request.getSession(false);
        if (session != null && stampOf(session) instanceof Stamp stamp && stamp.isOver(now, idleTimeout, absoluteTimeout)) {
            session.invalidate();
            session = null;
        }
        boolean sessionEnded = session == null && request.getRequestedSessionId() != null;
        if (sessionEnded && answerOpenTab(request, response)) {
            return;
        }
        chain.doFilter(request, response);
        var current = request.getSession(false);
        if (current != null && !isHeartbeat(request)) {
            var stamp = stampOf(current);
            current.setAttribute(STAMP, stamp == null ? new Stamp(current.getId(), now, now) : stamp.activeAt(now));
        }
    }

    /** The stamp of this session id; none when the id changed at sign-in, so the lifetime starts again there. */
    private static @Nullable Stamp stampOf(HttpSession session) {
        return session.getAttribute(STAMP) instanceof Stamp stamp && stamp.sessionId().equals(session.getId())
                ? stamp : null;
    }

    /**
     * Tells a tab whose session has ended that it has, as Vaadin itself would, so that the page reloads and shows
     * the login; left to Spring Security, the tab's requests would be redirected to the login page, which the
     * tab's script reads as a successful answer, and the screen would stay as it was.
     *
     * @return whether the request was one of an open tab's and is answered
     */
    private static boolean answerOpenTab(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isVaadinRequest(request, "heartbeat")) {
            // not sendError: the container's error page would be secured and answered with a redirect again
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("Session expired");
            return true;
        }
        if (isVaadinRequest(request, "uidl")) {
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
            return true;
        }
        return false;
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return isVaadinRequest(request, "heartbeat");
    }

    /** Vaadin's requests, such as {@code POST /?v-r=heartbeat}; read from the query string so no form body is parsed. */
    private static boolean isVaadinRequest(HttpServletRequest request, String type) {
        var query = request.getQueryString();
        return query != null && Arrays.asList(query.split("&")).contains("v-r=" + type);
    }

    /** When the session with this id started and when its person last did something. */
    record Stamp(String sessionId, Instant startedAt, Instant lastActiveAt) implements Serializable {

        boolean isOver(Instant now, Duration idleTimeout, Duration absoluteTimeout) {
            return !now.isBefore(lastActiveAt.plus(idleTimeout)) || !now.isBefore(startedAt.plus(absoluteTimeout));
        }

        Stamp activeAt(Instant now) {
            return new Stamp(sessionId, startedAt, now);
        }
    }
}
