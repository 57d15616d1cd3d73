package org.rehabrx.db;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Two saves of the same aggregate racing in two transactions on two connections, like two clinicians
 * pressing "Save" at the same moment: the first save runs but does not commit yet; the second starts and,
 * once it waits for the first one's row lock (or has finished without waiting), the first commits.
 */
public final class ConcurrentSaves {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private ConcurrentSaves() {
    }

    /** How each save ended, and whether the second one had to wait for the first one's lock. */
    public record Outcome<T>(@Nullable T first, @Nullable Throwable firstFailure, @Nullable T second,
                             @Nullable Throwable secondFailure, boolean secondWaitedForLock) {
    }

    public static <T> Outcome<T> race(ClinicalFixtures database, Supplier<T> first, Supplier<T> second)
            throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            var firstWritten = new CountDownLatch(1);
            var commitFirst = new CountDownLatch(1);
            CompletableFuture<T> firstSave = CompletableFuture.supplyAsync(() -> database.transactions().execute(tx -> {
                T saved = first.get();
                firstWritten.countDown();
                await(commitFirst);
                return saved;
            }), threads);
            firstSave.whenComplete((saved, failure) -> firstWritten.countDown());
            if (!firstWritten.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("The first save did not get anywhere");
            }
            CompletableFuture<T> secondSave = CompletableFuture.supplyAsync(
                    () -> database.transactions().execute(tx -> second.get()), threads);
            boolean waited = waitUntilBlockedOrDone(database, secondSave);
            commitFirst.countDown();
            var firstResult = outcome(firstSave);
            var secondResult = outcome(secondSave);
            return new Outcome<>(firstResult.value, firstResult.failure, secondResult.value, secondResult.failure,
                    waited);
        } finally {
            threads.shutdownNow();
        }
    }

    private static boolean waitUntilBlockedOrDone(ClinicalFixtures database, CompletableFuture<?> save)
            throws InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (save.isDone()) {
                return false;
            }
            int waiting = database.jdbc().sql("""
                    SELECT count(*) FROM pg_stat_activity
                     WHERE datname = current_database() AND wait_event_type = 'Lock'
                    """).query(Integer.class).single();
            if (waiting > 0) {
                return true;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The second save neither finished nor waited for a lock within " + PATIENCE);
    }

    private record Result<T>(@Nullable T value, @Nullable Throwable failure) {
    }

    private static <T> Result<T> outcome(CompletableFuture<T> save) throws InterruptedException {
        try {
            return new Result<>(save.get(PATIENCE.toSeconds(), TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            return new Result<>(null, e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("A save did not finish within " + PATIENCE, e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Nobody told the first save to commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
