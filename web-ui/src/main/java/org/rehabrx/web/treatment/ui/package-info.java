/** The patient page: header, current programme, history, session logs, pain trend and pending proposals. */
@NullMarked
package org.rehabrx.web.treatment.ui;

import org.jspecify.annotations.NullMarked;
