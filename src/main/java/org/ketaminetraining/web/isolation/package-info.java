/**
 * Cross-site request forgery defence: which requests may change state. {@link
 * org.ketaminetraining.web.isolation.SameOriginRule} decides from the request's Fetch Metadata, Origin and
 * Referer headers (plain Java, tested without a server); {@link
 * org.ketaminetraining.web.isolation.SameOriginRequests} applies it to every Wicket request and refuses with 403.
 */
package org.ketaminetraining.web.isolation;
