/**
 * The audit trail: an append-only record of who did or saw what, when, from where and with what outcome.
 * Each audit event names records by id only, never by clinical free text.
 */
@NullMarked
package org.rehabrx.core.audit;

import org.jspecify.annotations.NullMarked;
