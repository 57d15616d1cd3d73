/**
 * The second factor of clinicians and admins: a time-based one-time password (TOTP, RFC 6238) from an
 * authenticator app. A secret is shared once at enrolment; afterwards each sign-in proves possession of it
 * with a six-digit code that changes every 30 seconds and is accepted only once. Keeping the secret
 * encrypted at rest is the adapters' concern; here it is a plain value that never prints itself.
 */
@NullMarked
package org.rehabrx.core.secondfactor;

import org.jspecify.annotations.NullMarked;
