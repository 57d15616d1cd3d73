/**
 * The {@code account} table behind the {@link org.rehabrx.core.account.Accounts} port, and the
 * {@code sign_in_failure} table behind {@link org.rehabrx.core.account.SignInFailures}.
 */
@NullMarked
package org.rehabrx.db.account;

import org.jspecify.annotations.NullMarked;
