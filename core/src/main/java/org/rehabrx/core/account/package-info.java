/**
 * Accounts: the logins of admins, clinicians and patients, their roles, and the rules a
 * password must meet. Password hashing is a framework concern and stays outside; an account
 * only holds the encoded result. An admin never chooses a password: a new or reset account waits for its
 * owner to use a single-use, time-limited activation code, of which only a hash is kept.
 */
@NullMarked
package org.rehabrx.core.account;

import org.jspecify.annotations.NullMarked;
