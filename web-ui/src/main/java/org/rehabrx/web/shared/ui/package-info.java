/**
 * Screen parts that several features use, such as Binder validators that ask the domain. Depends on no
 * feature, so that every feature may use it.
 */
@NullMarked
package org.rehabrx.web.shared.ui;

import org.jspecify.annotations.NullMarked;
