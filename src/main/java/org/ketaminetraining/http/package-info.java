/**
 * What every HTTP answer of the app carries, whoever writes it (a Wicket page, a Wicket resource, a Jakarta REST
 * resource or an error page): the security headers, defined once. Plain Java, so the pages and the JSON API can
 * both use it without one depending on the other's framework.
 */
package org.ketaminetraining.http;
