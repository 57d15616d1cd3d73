/** "My patients": the clinician's home, a lazily loaded list of their patients, and registering a new patient. */
@NullMarked
package org.rehabrx.web.caseload.ui;

import org.jspecify.annotations.NullMarked;
