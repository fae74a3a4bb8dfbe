/**
 * Small shared Wicket components and helpers any feature package may use: page messages, field errors and how
 * service refusals reach fields, bounded converters, role gates, dates and days in words, Markdown, the style of
 * certificate facts, the house's data tables (a {@code DataTable} with card-friendly markup and its columns), and
 * the base of the resources that serve certificate files. They import no feature package and nothing of the
 * application.
 */
package org.ketaminetraining.web.component;
