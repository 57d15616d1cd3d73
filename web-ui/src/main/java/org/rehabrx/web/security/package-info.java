/**
 * Sign-in and who is signed in: the Spring Security filter chain with Vaadin's configurer,
 * accounts loaded from the database, password hashing, and the rule that an account with a
 * temporary password holds no role until its owner has chosen a new one, nor one with a
 * second factor until its code was given.
 */
@NullMarked
package org.rehabrx.web.security;

import org.jspecify.annotations.NullMarked;
