/**
 * The {@code proposal} table and the session logs each proposal used ({@code proposal_log}) behind the
 * {@link org.rehabrx.core.progression.Proposals} port. A proposal's id is derived from the evaluation, so a
 * repeated evaluation finds the stored proposal instead of adding a duplicate. The nightly refresh reads every
 * active programme's evidence as a stream and stores its new proposals a batch per statement.
 */
@NullMarked
package org.rehabrx.db.progression;

import org.jspecify.annotations.NullMarked;
