/**
 * The library as clinicians use it — shipped and own exercises, cloning a shipped one to adapt it, writing
 * and editing one's own, education blocks and templates — and the import of the shipped library at
 * start-up.
 */
@NullMarked
package org.rehabrx.web.library;

import org.jspecify.annotations.NullMarked;
