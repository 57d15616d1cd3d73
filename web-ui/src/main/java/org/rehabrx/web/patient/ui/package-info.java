/** Patient screens for clinicians: the clinician's own patients. */
@NullMarked
package org.rehabrx.web.patient.ui;

import org.jspecify.annotations.NullMarked;
