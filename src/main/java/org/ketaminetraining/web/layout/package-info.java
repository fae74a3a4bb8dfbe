/**
 * What every page shares and every feature package may use: the base page (skip link, navigation, messages,
 * sign-out), the web session, the error pages, and the site map through which one feature links to another
 * without importing it ({@link org.ketaminetraining.web.layout.SiteMap}, {@link
 * org.ketaminetraining.web.layout.Destination}). It imports no feature package.
 */
package org.ketaminetraining.web.layout;
