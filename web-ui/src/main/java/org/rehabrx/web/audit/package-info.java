/**
 * The audit trail of the application: every call of an {@link org.rehabrx.web.audit.Audited} service method,
 * every sign-in, sign-out and authorization denial becomes an audit event.
 */
@NullMarked
package org.rehabrx.web.audit;

import org.jspecify.annotations.NullMarked;
