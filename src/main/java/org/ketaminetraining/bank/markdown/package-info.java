/**
 * Markdown as the bank uses it: a safety check that finds raw HTML and dangerous links while validating, and a
 * renderer that turns bank Markdown into HTML for the app.
 *
 * <p>Both parse with commonmark so that the validator and the renderer agree on what counts as HTML or a link. The
 * renderer escapes raw HTML instead of passing it through; the web layer sanitises again, so this is one of two
 * fences, not the only one.
 */
package org.ketaminetraining.bank.markdown;
