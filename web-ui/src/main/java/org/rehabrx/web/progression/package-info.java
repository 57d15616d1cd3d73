/**
 * Progression review: running the engine over a programme's session logs, keeping its proposals, and
 * a clinician's acceptance (which creates the next programme version) or rejection.
 */
@NullMarked
package org.rehabrx.web.progression;

import org.jspecify.annotations.NullMarked;
