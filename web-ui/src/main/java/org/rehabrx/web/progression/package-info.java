/**
 * Progression review: running the engine over a programme's session logs (when a session is logged, when a
 * clinician asks, and every night over every active programme), keeping its proposals, and a clinician's
 * acceptance (which creates the next programme version) or rejection.
 */
@NullMarked
package org.rehabrx.web.progression;

import org.jspecify.annotations.NullMarked;
