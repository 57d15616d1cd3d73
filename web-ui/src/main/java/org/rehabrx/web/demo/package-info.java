/**
 * Demo only ({@code demo} profile): a small caseload of clearly marked demo patients with a programme and
 * session logs, so that RehabRx can be tried without typing a patient in first.
 */
@NullMarked
package org.rehabrx.web.demo;

import org.jspecify.annotations.NullMarked;
