/**
 * The audit trail in PostgreSQL: appends serialised by a transaction-scoped advisory lock so that the hash chain
 * never forks, searches for the admin's filters, and the chain read back in order for verification.
 */
@NullMarked
package org.rehabrx.db.audit;

import org.jspecify.annotations.NullMarked;
