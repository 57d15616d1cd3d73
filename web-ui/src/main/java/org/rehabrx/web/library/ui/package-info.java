/**
 * The exercise library screens: browsing and searching the shipped and own exercises, one exercise with its
 * levels and pictures, cloning, writing and editing one's own exercises.
 */
@NullMarked
package org.rehabrx.web.library.ui;

import org.jspecify.annotations.NullMarked;
