/**
 * Session logs: what a patient did on a day for one prescribed exercise and how much it hurt during
 * and the next morning — the evidence the progression engine works from.
 */
@NullMarked
package org.rehabrx.core.sessionlog;

import org.jspecify.annotations.NullMarked;
