/**
 * The clinician's view of one patient's treatment: everything the patient page shows, read together after the
 * care-team check. Depends on the patient, programme, session log and progression features; nothing depends on it.
 */
@NullMarked
package org.rehabrx.web.treatment;

import org.jspecify.annotations.NullMarked;
