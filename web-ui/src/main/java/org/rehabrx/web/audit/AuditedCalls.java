package org.rehabrx.web.audit;

/**
 * Whether the current thread is inside an {@link Audited} call. Only the outermost call is recorded (the use
 * case the user started, not the services it reads through), and a denial inside it is recorded once, as the
 * call's outcome, not again as a separate authorization event.
 */
final class AuditedCalls {

    private static final ThreadLocal<Boolean> RUNNING = ThreadLocal.withInitial(() -> false);

    private AuditedCalls() {
    }

    static boolean running() {
        return RUNNING.get();
    }

    static void enter() {
        RUNNING.set(true);
    }

    static void leave() {
        RUNNING.remove();
    }
}
