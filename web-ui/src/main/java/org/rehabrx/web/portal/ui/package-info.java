/**
 * The patient portal's screens, made for a phone first: the programme as one card per exercise, and the
 * session log with pain sliders. They speak the patient's preferred language where it is English or Spanish.
 */
@NullMarked
package org.rehabrx.web.portal.ui;

import org.jspecify.annotations.NullMarked;
