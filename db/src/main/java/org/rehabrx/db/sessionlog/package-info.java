/**
 * The {@code session_log} table behind the {@link org.rehabrx.core.sessionlog.SessionLogs} port: one row
 * per exercise and day, tied to the programme version in force that day.
 */
@NullMarked
package org.rehabrx.db.sessionlog;

import org.jspecify.annotations.NullMarked;
