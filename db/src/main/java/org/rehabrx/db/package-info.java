/**
 * Persistence of the RehabRx domain in PostgreSQL: Liquibase changelogs under
 * {@code db/changelog} and plain-JDBC adapters implementing the core repository ports, each
 * update guarded by the aggregate's version. Each feature lives in its own sub-package.
 */
@NullMarked
package org.rehabrx.db;

import org.jspecify.annotations.NullMarked;
