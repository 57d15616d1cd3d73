/**
 * Finding the PostgreSQL server before anything else starts: explicit settings first, then the
 * compose file's service where Docker answers, then a local server. A missing database is
 * created; an unreachable server stops the start with a short explanation instead of a stack trace.
 */
@NullMarked
package org.rehabrx.web.database;

import org.jspecify.annotations.NullMarked;
