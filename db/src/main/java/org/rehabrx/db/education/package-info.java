/**
 * The {@code education_block} table behind the {@link org.rehabrx.core.education.EducationBlocks} port:
 * patient-education texts with their paragraphs in order and an optional repeat interval.
 */
@NullMarked
package org.rehabrx.db.education;

import org.jspecify.annotations.NullMarked;
