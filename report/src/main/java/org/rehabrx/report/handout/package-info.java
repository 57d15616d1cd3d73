/**
 * The patient's take-home handout: an immutable {@link org.rehabrx.report.handout.Handout} snapshot of one
 * programme version with everything it refers to (patient, exercises, education blocks, clinic and
 * clinician), rendered to an A4 or US Letter PDF by {@link org.rehabrx.report.handout.HandoutRenderer} with
 * OpenPDF and embedded Unicode fonts. Labels come from the {@code labels} resource bundle in the patient's preferred
 * language; start and end position pictures come from an {@link org.rehabrx.report.handout.Illustrations}
 * source, with a neutral placeholder wherever a picture is missing or cannot be read.
 */
@NullMarked
package org.rehabrx.report.handout;

import org.jspecify.annotations.NullMarked;
