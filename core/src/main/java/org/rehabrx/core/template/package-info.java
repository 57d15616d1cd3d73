/** Templates: reusable programme skeletons a clinician assigns in a few clicks and then tailors. */
@NullMarked
package org.rehabrx.core.template;

import org.jspecify.annotations.NullMarked;
