/**
 * The facts object-level authorization decides on: which patient a programme, session log or proposal
 * belongs to, who is in a patient's care team, and which patient record an account is linked to. They are
 * read without loading the record itself, so a refused request never reads clinical data.
 */
@NullMarked
package org.rehabrx.core.access;

import org.jspecify.annotations.NullMarked;
