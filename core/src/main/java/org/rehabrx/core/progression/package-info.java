/**
 * The progression engine: a pure, deterministic function from a programme's versions, its session logs
 * and the patient's baseline pain to {@link org.rehabrx.core.progression.Proposal}s, which a clinician
 * accepts, edits or rejects, and {@link org.rehabrx.core.progression.ReviewRefresh}, which runs it over every
 * active programme at night. Nothing is ever applied automatically.
 */
@NullMarked
package org.rehabrx.core.progression;

import org.jspecify.annotations.NullMarked;
