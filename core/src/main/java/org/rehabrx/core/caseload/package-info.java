/**
 * The caseload: a clinician's own patients as one list, with each patient's current programme and whether
 * they need review — a passed review date, a pending progression proposal, or pain above 5/10 reported in
 * the last seven days. A read model across patients, programmes, proposals and session logs, searched,
 * filtered, sorted and paged by the database.
 */
@NullMarked
package org.rehabrx.core.caseload;

import org.jspecify.annotations.NullMarked;
