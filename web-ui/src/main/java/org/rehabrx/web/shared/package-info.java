/** What every application service shares: the clock and the translation of stale writes for the screens. */
@NullMarked
package org.rehabrx.web.shared;

import org.jspecify.annotations.NullMarked;
