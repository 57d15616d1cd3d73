/** The names a treatment page shows, read from the library, education and account tables in one query. */
@NullMarked
package org.rehabrx.db.treatment;

import org.jspecify.annotations.NullMarked;
