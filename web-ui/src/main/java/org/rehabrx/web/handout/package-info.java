/**
 * The printed home programme: a snapshot of a programme version, its patient, exercises and education
 * blocks is taken in one short read transaction and rendered to PDF by the report module outside it.
 */
@NullMarked
package org.rehabrx.web.handout;

import org.jspecify.annotations.NullMarked;
