/**
 * Education blocks: reusable patient-education texts (footwear advice, callus care, exercise
 * precautions, when to seek medical review) that a clinician includes in a programme.
 */
@NullMarked
package org.rehabrx.core.education;

import org.jspecify.annotations.NullMarked;
