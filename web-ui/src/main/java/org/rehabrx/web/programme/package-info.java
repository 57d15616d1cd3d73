/**
 * Programme use cases: starting a programme from a template, saving changes (a new version once it is
 * active), acknowledging cautions, activating, completing, and comparing versions.
 */
@NullMarked
package org.rehabrx.web.programme;

import org.jspecify.annotations.NullMarked;
