/**
 * Home programmes behind the {@link org.rehabrx.core.programme.Programmes} port: {@code programme} holds
 * the chain (patient, prescriber, current version number, lock version), {@code programme_version} every
 * version ever made, and the version's prescribed exercises, orthotic notes, education blocks and caution
 * acknowledgements hang off the version, keyed by programme, version number and position. Versions other
 * than a draft are never rewritten; they only change status.
 */
@NullMarked
package org.rehabrx.db.programme;

import org.jspecify.annotations.NullMarked;
