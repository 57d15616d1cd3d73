/**
 * Patients: who is treated, for what, with which health flags that call for caution, and which
 * clinicians form their care team.
 */
@NullMarked
package org.rehabrx.core.patient;

import org.jspecify.annotations.NullMarked;
