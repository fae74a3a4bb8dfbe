package org.ketaminetraining.ratelimit;

import java.time.Clock;
import java.util.Objects;

/**
 * The budget of public certificate lookups per client address. The verification page and the JSON API spend the
 * same budget, so switching between them buys no extra lookups; the server holds exactly one.
 */
public interface VerificationBudget {

    /**
     * Spends one lookup for the client at {@code remoteAddress} (the address the connection came from, as the
     * server's trusted-proxy setting resolved it; {@code null} when unknown).
     *
     * @return allowed, or refused with how long to wait
     */
    TokenBucketLimiter.Decision spend(String remoteAddress);

    /** 10 lookups at once per client address, then 30 a minute ({@link TokenBucketLimiter#forVerification}). */
    static VerificationBudget perClientAddress(Clock clock) {
        TokenBucketLimiter limiter = TokenBucketLimiter.forVerification(Objects.requireNonNull(clock, "clock"));
        return remoteAddress -> limiter.tryAcquire(ClientKey.of(remoteAddress));
    }
}
