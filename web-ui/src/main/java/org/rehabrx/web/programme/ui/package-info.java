/** Programme screens; for patients, the home programme they follow. */
@NullMarked
package org.rehabrx.web.programme.ui;

import org.jspecify.annotations.NullMarked;
