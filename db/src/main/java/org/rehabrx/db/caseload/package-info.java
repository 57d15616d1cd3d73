/**
 * The caseload read model in one SQL statement: a clinician's patients joined to their newest programme,
 * with the reasons for review worked out by the database, searched through the trigram indexes, sorted and
 * paged there.
 */
@NullMarked
package org.rehabrx.db.caseload;

import org.jspecify.annotations.NullMarked;
