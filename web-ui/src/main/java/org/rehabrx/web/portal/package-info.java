/**
 * The patient portal: a signed-in patient's own active programme, in their preferred language and in plain
 * words, and the place to log today's session and this morning's pain. The patient is always the one
 * linked to the signed-in account; nothing the browser sends can point the portal at another record.
 */
@NullMarked
package org.rehabrx.web.portal;

import org.jspecify.annotations.NullMarked;
