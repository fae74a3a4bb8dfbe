/**
 * Cross-site request forgery defence: which requests may change state. {@link
 * org.ketaminetraining.web.isolation.SameOriginRule} decides from the request's Fetch Metadata, Origin and
 * Referer headers (plain Java, tested without a server); {@link
 * org.ketaminetraining.web.isolation.SameOriginPolicy} hands it to Wicket's resource isolation listener, which
 * refuses with 403.
 */
package org.ketaminetraining.web.isolation;
