/**
 * Rate limiting for the public lookups (verification page and JSON API): a token bucket per client address,
 * kept in a bounded map. Plain Java with the clock handed in, so it is tested without a server or a wait.
 */
package org.ketaminetraining.web.ratelimit;
