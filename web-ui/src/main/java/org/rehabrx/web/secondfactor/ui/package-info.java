/**
 * The screens of the second factor: setting up and removing an authenticator app, the code step of the
 * sign-in, the gate that keeps an account at that step until its code is given, and the reminder that
 * suggests the second factor to clinicians and admins who have none.
 */
@NullMarked
package org.rehabrx.web.secondfactor.ui;

import org.jspecify.annotations.NullMarked;
