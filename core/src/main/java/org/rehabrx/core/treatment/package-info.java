/**
 * What a page about one patient's treatment needs besides the records themselves: the names of the exercises,
 * levels, education blocks and people those records refer to by id, read together in one go.
 */
@NullMarked
package org.rehabrx.core.treatment;

import org.jspecify.annotations.NullMarked;
