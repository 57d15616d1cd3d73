/** The {@code account} table behind the {@link org.rehabrx.core.account.Accounts} port. */
@NullMarked
package org.rehabrx.db.account;

import org.jspecify.annotations.NullMarked;
