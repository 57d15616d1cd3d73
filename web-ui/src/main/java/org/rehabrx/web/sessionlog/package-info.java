/** Logging sessions: by the patient for their own programme, or by a clinician of the care team on their behalf. */
@NullMarked
package org.rehabrx.web.sessionlog;

import org.jspecify.annotations.NullMarked;
