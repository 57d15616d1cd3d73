/**
 * The shipped clinical library: the clinician-editable starting content that comes with RehabRx
 * (exercises with graded levels, education blocks and programme templates), read from YAML files under
 * {@code library/} on the classpath into validated domain objects by {@link org.rehabrx.db.library.ShippedLibrary},
 * and brought into the database by {@link org.rehabrx.db.library.ShippedLibraryImport}, which matches stored
 * content by its stable key so that importing again creates or updates only what changed.
 */
@NullMarked
package org.rehabrx.db.library;

import org.jspecify.annotations.NullMarked;
