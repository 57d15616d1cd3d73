/**
 * Account screens: changing one's own password; the anonymous activation page where an owner chooses their
 * password; and, for admins, the accounts list with its dialogs, the active sessions and the care teams.
 */
@NullMarked
package org.rehabrx.web.account.ui;

import org.jspecify.annotations.NullMarked;
