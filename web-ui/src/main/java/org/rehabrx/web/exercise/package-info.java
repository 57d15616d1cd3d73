/**
 * The library as clinicians use it: shipped and own exercises, cloning a shipped one to adapt it, writing
 * and editing one's own, and the education blocks and templates to build programmes from.
 */
@NullMarked
package org.rehabrx.web.exercise;

import org.jspecify.annotations.NullMarked;
