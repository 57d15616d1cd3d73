/** The care relations read straight from the keys of the clinical tables. */
@NullMarked
package org.rehabrx.db.access;

import org.jspecify.annotations.NullMarked;
