/** The frame every signed-in screen sits in: the app layout with its role-aware navigation, and the start page that sends each role to its home. */
@NullMarked
package org.rehabrx.web.shell.ui;

import org.jspecify.annotations.NullMarked;
