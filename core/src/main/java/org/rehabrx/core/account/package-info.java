/**
 * Accounts: the logins of admins, clinicians and patients, their roles, and the rules a
 * password must meet. Password hashing is a framework concern and stays outside; an account
 * only holds the encoded result.
 */
@NullMarked
package org.rehabrx.core.account;

import org.jspecify.annotations.NullMarked;
