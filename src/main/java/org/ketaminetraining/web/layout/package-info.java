/**
 * What every page shares and every feature package may use: the base page (skip link, navigation, messages,
 * sign-out), the web session, the one error page with its variants (not found, gone, expired, internal, the
 * container's errors), the favicon and styles, the base of the resources that serve certificate files, and the site
 * map through which one feature links to another without importing it ({@link org.ketaminetraining.web.layout.Site},
 * which the application implements, and {@link org.ketaminetraining.web.layout.Destination}). It imports no feature
 * package and not the application.
 */
package org.ketaminetraining.web.layout;
