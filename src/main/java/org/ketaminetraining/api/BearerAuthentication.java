package org.ketaminetraining.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ketaminetraining.integration.ApiTokenSecret;
import org.ketaminetraining.integration.service.ApiCaller;
import org.ketaminetraining.integration.service.ApiTokenRefusedException;
import org.ketaminetraining.integration.service.ApiTokens;
import org.ketaminetraining.ratelimit.ApiTokenBudget;
import org.ketaminetraining.ratelimit.TokenBucketLimiter;

/**
 * The HR API's door: the bearer token from the Authorization header (bounded, in the token's format, before
 * anything else is done with it), the token checked by {@link ApiTokens}, then one request spent from the token's
 * budget. Every refusal is a {@link ProblemException}: 401 (one answer for every kind of bad token) or 429.
 */
@ApplicationScoped
public class BearerAuthentication {

    @Inject
    private ApiTokens tokens;
    @Inject
    private ApiTokenBudget budget;

    /** The caller the header's token stands for, within its rate limit. */
    ApiCaller caller(String authorization) {
        ApiTokenSecret secret = ApiTokenSecret.fromAuthorization(authorization)
                .orElseThrow(ProblemException::unauthorized);
        ApiCaller caller;
        try {
            caller = tokens.authenticate(secret);
        } catch (ApiTokenRefusedException refused) {
            throw ProblemException.unauthorized();
        }
        TokenBucketLimiter.Decision decision = budget.spend(caller.rateLimitKey());
        if (!decision.allowed()) {
            throw ProblemException.tooManyTokenRequests(decision.retryAfterSeconds());
        }
        return caller;
    }
}
