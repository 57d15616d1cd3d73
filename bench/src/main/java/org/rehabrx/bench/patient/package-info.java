/**
 * The clinician's patient search as they type, measured against a generated data set through the
 * application's own caseload adapter: in-database execution time of the page and count statements it runs,
 * with the trigram indexes in place and — inside a transaction that is rolled back — without them.
 */
@NullMarked
package org.rehabrx.bench.patient;

import org.jspecify.annotations.NullMarked;
