/**
 * The {@code second_factor} table behind the {@link org.rehabrx.core.secondfactor.SecondFactors} port, and the
 * AES-256-GCM encryption that keeps the authenticator secrets unreadable to anyone who gets a copy of the
 * database but not the application's key.
 */
@NullMarked
package org.rehabrx.db.secondfactor;

import org.jspecify.annotations.NullMarked;
