/** Account screens: changing one's own password and, for admins, the accounts list. */
@NullMarked
package org.rehabrx.web.account.ui;

import org.jspecify.annotations.NullMarked;
