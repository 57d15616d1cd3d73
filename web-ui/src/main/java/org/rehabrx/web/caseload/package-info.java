/**
 * The clinician's caseload: their own patients — never anyone else's — as a searchable, filterable, sorted
 * list read page by page, with who needs review and why.
 */
@NullMarked
package org.rehabrx.web.caseload;

import org.jspecify.annotations.NullMarked;
