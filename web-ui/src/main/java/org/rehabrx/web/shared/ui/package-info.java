/**
 * Screen parts that several features use: Binder validators that ask the domain, and the dosage form of the
 * exercise library, the programme editor and the progression review. Depends on no feature, so that every
 * feature may use it.
 */
@NullMarked
package org.rehabrx.web.shared.ui;

import org.jspecify.annotations.NullMarked;
