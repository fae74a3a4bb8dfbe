package org.ketaminetraining.integration.service;

import java.util.Set;

/**
 * Whoever presented a valid API token: the token and the departments it could read when it was checked. Services
 * read the token again in their own transaction before they answer, so a revocation counts at once.
 *
 * @param tokenId         the stored token
 * @param name            its name, for logs and the audit trail (never the secret)
 * @param departmentCodes the departments it may read
 */
public record ApiCaller(long tokenId, String name, Set<String> departmentCodes) {

    public ApiCaller {
        departmentCodes = Set.copyOf(departmentCodes);
    }

    /** The key its rate limit is counted under. */
    public String rateLimitKey() {
        return "api-token:" + tokenId;
    }
}
