/**
 * The RehabRx application: Spring Boot wiring, application services that own transactions and
 * authorization, Vaadin views and security. Each feature lives in its own sub-package with its
 * views in a {@code ui} sub-package.
 */
@NullMarked
package org.rehabrx.web;

import org.jspecify.annotations.NullMarked;
