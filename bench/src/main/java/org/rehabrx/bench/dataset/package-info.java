/**
 * A clinic-scale data set for measuring the application against: schema and shipped library exactly as the
 * application creates them, then clinicians, patients, programmes, session logs, proposals and a valid audit
 * chain loaded with COPY, all drawn from one seed so that two runs with the same seed hold the same clinic.
 */
@NullMarked
package org.rehabrx.bench.dataset;

import org.jspecify.annotations.NullMarked;
