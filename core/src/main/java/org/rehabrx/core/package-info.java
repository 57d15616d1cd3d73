/**
 * The clinical domain of RehabRx, free of frameworks: value objects that validate themselves,
 * aggregates whose state changes are intent-revealing methods, and the repository ports that
 * the {@code db} module implements. Each feature lives in its own sub-package.
 */
@NullMarked
package org.rehabrx.core;

import org.jspecify.annotations.NullMarked;
