package org.ketaminetraining.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How many failed sign-ins one client address may make, whatever accounts they name: {@code burst} at once, then
 * one more every {@code interval}. This is what stops password spraying (one password tried on many accounts)
 * and bounds guessing from one place; it reveals nothing about accounts, so its refusal may say what it is.
 *
 * <p>The state of an address is one instant, "spent until" (the generic cell rate algorithm): each attempt
 * moves it one {@code interval} past {@code max(spentUntil, now)}, and an address may try while that stays within
 * {@code burst} intervals of now. An address whose instant has passed has its whole budget again, so it can be
 * forgotten without changing any answer. The clock is the caller's.
 */
public record AddressFailureLimit(int burst, Duration interval) {

    /** Ten at once, then ten every five minutes (one every 30 seconds). */
    public static final AddressFailureLimit STANDARD = new AddressFailureLimit(10, Duration.ofSeconds(30));

    public AddressFailureLimit {
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, was " + burst);
        }
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
    }

    /**
     * How long the address must wait before it may try again; zero when it may try now.
     *
     * @param spentUntil the address's state, or null for an address with its whole budget
     */
    public Duration waitBefore(Instant spentUntil, Instant now) {
        Objects.requireNonNull(now, "now");
        if (spentUntil == null) {
            return Duration.ZERO;
        }
        Instant latestAllowed = now.plus(interval.multipliedBy(burst - 1L));
        return spentUntil.isAfter(latestAllowed) ? Duration.between(latestAllowed, spentUntil) : Duration.ZERO;
    }

    /** The state after one more attempt counted against the address. */
    public Instant afterAttempt(Instant spentUntil, Instant now) {
        Objects.requireNonNull(now, "now");
        Instant from = spentUntil == null || spentUntil.isBefore(now) ? now : spentUntil;
        return from.plus(interval);
    }

    /**
     * The state after an attempt counted earlier turned out to be a successful sign-in, which costs the address
     * nothing: or null when the address has its whole budget again.
     */
    public Instant afterRefund(Instant spentUntil, Instant now) {
        Objects.requireNonNull(now, "now");
        if (spentUntil == null) {
            return null;
        }
        Instant refunded = spentUntil.minus(interval);
        return refunded.isAfter(now) ? refunded : null;
    }
}
