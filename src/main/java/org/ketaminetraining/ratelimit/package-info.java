/**
 * Rate limiting for the public lookups: a token bucket per client address, kept in a bounded map, and the
 * verification budget that the verification page and the JSON API spend together. Plain Java with the clock handed
 * in, so it is tested without a server or a wait, and both the Wicket pages and the REST resources may use it.
 */
package org.ketaminetraining.ratelimit;
