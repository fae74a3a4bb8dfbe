/**
 * The Wicket application: mounts every page and resource at its address, sets security (role authorization,
 * same-origin rule, headers, refusals as 403), error pages and converters, and supplies the services pages inject.
 * It is the one package that knows every feature package; nothing imports it but the tests.
 */
package org.ketaminetraining.web.app;
