/**
 * What the patient portal remembers of each patient account beyond the clinical record: which version of
 * a programme the patient has already seen, so that a newer one is announced until they dismiss the notice.
 */
@NullMarked
package org.rehabrx.core.portal;

import org.jspecify.annotations.NullMarked;
