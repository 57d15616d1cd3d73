/** Clinician-side session logging: a session reported in clinic or by phone, and a missing next-morning pain. */
@NullMarked
package org.rehabrx.web.sessionlog.ui;

import org.jspecify.annotations.NullMarked;
