/**
 * The optional second factor of clinicians and admins: enrolling an authenticator app, removing it, and
 * the code step of the sign-in that stands between a right password and the account's role. The secrets
 * are encrypted with the key {@code rehabrx.security.secret-key}; without one, second factors are not
 * offered and the rest of RehabRx works as before.
 */
@NullMarked
package org.rehabrx.web.secondfactor;

import org.jspecify.annotations.NullMarked;
