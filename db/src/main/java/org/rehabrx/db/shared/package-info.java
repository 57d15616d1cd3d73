/**
 * Mapping pieces that several adapters share: the columns of a dosage, of progression rules, of
 * prescribed exercises and orthotic notes (each written once, used by templates, programmes and
 * proposals alike), the conversions of arrays, instants, empty values and constraint violations between
 * JDBC and the domain, and the grouping of child rows loaded for many parents in one query.
 */
@NullMarked
package org.rehabrx.db.shared;

import org.jspecify.annotations.NullMarked;
