/**
 * Account use cases: the first admin on an empty database, changing one's own password, and the
 * demo accounts of the {@code demo} profile. Account administration screens grow here.
 */
@NullMarked
package org.rehabrx.web.account;

import org.jspecify.annotations.NullMarked;
