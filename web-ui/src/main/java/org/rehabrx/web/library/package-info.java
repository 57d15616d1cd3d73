/** Brings the shipped library (exercises, education blocks, the forefoot template) into the database at start-up. */
@NullMarked
package org.rehabrx.web.library;

import org.jspecify.annotations.NullMarked;
