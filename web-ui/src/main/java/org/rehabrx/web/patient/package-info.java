/**
 * Patient use cases — registering, finding and updating patients — and the rule every clinical use
 * case applies first: clinicians act only on patients whose care team includes them, patients only on
 * their own record.
 */
@NullMarked
package org.rehabrx.web.patient;

import org.jspecify.annotations.NullMarked;
