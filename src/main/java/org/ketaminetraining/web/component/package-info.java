/**
 * Small shared Wicket components and helpers any feature package may use: page messages, field errors and how
 * service refusals reach fields, bounded converters, role gates, dates and days in words, Markdown, the style of
 * certificate facts, the script that puts focus where a page says, resources read fresh from disk, and the house's
 * data tables (a {@code DataTable} with card-friendly markup and its columns). They import no feature package and
 * nothing of the application.
 */
package org.ketaminetraining.web.component;
