/**
 * The progression review screen: pending proposals of the clinician's patients, with their reasons and the
 * session logs they rest on, accepted as they are or with an edited dosage, or rejected with a reason.
 */
@NullMarked
package org.rehabrx.web.progression.ui;

import org.jspecify.annotations.NullMarked;
