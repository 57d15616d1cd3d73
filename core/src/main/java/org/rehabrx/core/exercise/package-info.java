/**
 * The exercise library: exercises with graded levels, each level with its own instructions and default
 * {@link org.rehabrx.core.exercise.Dosage}, and the health flags an exercise needs caution with.
 * Shipped exercises are read-only starting points that clinicians clone and adapt.
 */
@NullMarked
package org.rehabrx.core.exercise;

import org.jspecify.annotations.NullMarked;
