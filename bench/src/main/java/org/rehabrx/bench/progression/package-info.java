/**
 * The nightly progression refresh timed against a real PostgreSQL database, run by hand and recorded in
 * {@code docs/benchmarks.md}, not as a test: {@link org.rehabrx.bench.progression.ReviewRefreshBenchmark} runs
 * the production {@link org.rehabrx.core.progression.ReviewRefresh} with the db module's adapters, as the
 * application's scheduled job does, and prints each run's time and counts. Scale data for it:
 * {@code bench/src/main/sql/review-refresh-scale.sql}.
 */
@NullMarked
package org.rehabrx.bench.progression;

import org.jspecify.annotations.NullMarked;
