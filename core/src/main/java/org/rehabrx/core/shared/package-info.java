/** Building blocks every feature of the domain shares. */
@NullMarked
package org.rehabrx.core.shared;

import org.jspecify.annotations.NullMarked;
