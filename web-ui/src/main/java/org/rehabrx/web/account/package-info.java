/**
 * Account use cases: the first admin on an empty database, changing one's own password, the demo accounts of
 * the {@code demo} profile, and administration by admins: creating, renaming, disabling and enabling accounts,
 * resetting access with single-use activation codes that owners use to choose their password, ending sessions,
 * and managing care teams and the link between a patient record and its patient account.
 */
@NullMarked
package org.rehabrx.web.account;

import org.jspecify.annotations.NullMarked;
