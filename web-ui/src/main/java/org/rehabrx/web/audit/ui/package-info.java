/**
 * The screens of the audit trail: the admin's search with CSV export and chain verification, and the
 * patient's own report of who opened or changed their record.
 */
@NullMarked
package org.rehabrx.web.audit.ui;

import org.jspecify.annotations.NullMarked;
