/** The sign-in screen. */
@NullMarked
package org.rehabrx.web.security.ui;

import org.jspecify.annotations.NullMarked;
