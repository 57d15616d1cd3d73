/**
 * The {@code template} table and its ordered children ({@code template_exercise},
 * {@code template_orthotic_note}, {@code template_education_block}) behind the
 * {@link org.rehabrx.core.template.Templates} port.
 */
@NullMarked
package org.rehabrx.db.template;

import org.jspecify.annotations.NullMarked;
