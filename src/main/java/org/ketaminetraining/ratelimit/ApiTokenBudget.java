package org.ketaminetraining.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The budget of HR API requests per token: a burst of {@value #BURST}, then {@value #PER_MINUTE} a minute. Enough
 * for an HR system to page through a 10,000-person department (50 pages of 200) in about a minute, and few enough
 * that a leaked or looping token cannot keep the server busy. The server holds exactly one.
 */
public interface ApiTokenBudget {

    int BURST = 30;
    int PER_MINUTE = 60;
    /** Tokens are few; this bounds the map whatever happens. */
    int MAX_KEYS = 10_000;

    /**
     * Spends one request for the token counted under {@code key}.
     *
     * @return allowed, or refused with how long to wait
     */
    TokenBucketLimiter.Decision spend(String key);

    /** {@value #BURST} at once per token, then {@value #PER_MINUTE} a minute. */
    static ApiTokenBudget perToken(Clock clock) {
        TokenBucketLimiter limiter = new TokenBucketLimiter(Objects.requireNonNull(clock, "clock"), BURST, PER_MINUTE,
                Duration.ofMinutes(1), MAX_KEYS);
        return limiter::tryAcquire;
    }
}
