/**
 * What an operator watches: the clinical activity counters and timers published at
 * {@code /actuator/prometheus}, and the separate security of the operations endpoints — health for anyone,
 * details, version and metrics only for the scraper whose credential the clinic configures. Counters carry
 * no patient, programme or account identifiers, only totals.
 */
@NullMarked
package org.rehabrx.web.operations;

import org.jspecify.annotations.NullMarked;
