/** The portal's memory of which programme version each patient account has seen, in PostgreSQL. */
@NullMarked
package org.rehabrx.db.portal;

import org.jspecify.annotations.NullMarked;
