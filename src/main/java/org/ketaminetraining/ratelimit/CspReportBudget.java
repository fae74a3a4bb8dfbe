package org.ketaminetraining.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The budget of Content-Security-Policy violation reports per client address: a burst of {@value #BURST}, then
 * {@value #PER_MINUTE} a minute. A page that an injection breaks sends a few reports per view; more than this from one
 * address is someone writing to the server's log on purpose, and the first reports already told the operators.
 */
public interface CspReportBudget {

    int BURST = 30;
    int PER_MINUTE = 60;
    int MAX_KEYS = 10_000;

    /**
     * Spends one report for the client at {@code remoteAddress} (as Liberty's trusted-proxy setting resolved it).
     *
     * @return allowed, or refused with how long to wait
     */
    TokenBucketLimiter.Decision spend(String remoteAddress);

    /** {@value #BURST} at once per client address (IPv6 by its /64), then {@value #PER_MINUTE} a minute. */
    static CspReportBudget perClientAddress(Clock clock) {
        TokenBucketLimiter limiter = new TokenBucketLimiter(Objects.requireNonNull(clock, "clock"), BURST,
                PER_MINUTE, Duration.ofMinutes(1), MAX_KEYS);
        return remoteAddress -> limiter.tryAcquire(ClientKey.of(remoteAddress));
    }
}
