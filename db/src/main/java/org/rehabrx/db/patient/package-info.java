/**
 * The {@code patient} and {@code patient_care_team} tables behind the
 * {@link org.rehabrx.core.patient.Patients} port: health flags as an array of enum names, the care team as
 * rows that "my patients" looks up by clinician, and a clinic reference unique in upper case.
 */
@NullMarked
package org.rehabrx.db.patient;

import org.jspecify.annotations.NullMarked;
