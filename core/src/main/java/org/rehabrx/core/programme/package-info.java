/**
 * Home programmes: what a clinician prescribes to a patient — prescribed exercises at a level and
 * dosage, orthotic notes, education blocks and the progression rules in force. A programme is a
 * chain of immutable versions; changing an active one creates the next version and supersedes the
 * previous, which is kept for ever.
 */
@NullMarked
package org.rehabrx.core.programme;

import org.jspecify.annotations.NullMarked;
