package org.ketaminetraining.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Progressive delays for one account tried from one client address: the first {@code freeFailures} failures in a
 * row cost nothing, then each further attempt from that address must wait {@code firstDelay}, twice that after the
 * next failure, and so on up to {@code maxDelay}. A success starts the count again, and so does a quiet spell of
 * {@code memory} since the last failure.
 *
 * <p>Counted per account and address rather than per account, so that someone failing elsewhere slows down only
 * themselves: the owner at their own address keeps signing in (OWASP ASVS 2.2.1 asks for controls that do not
 * let anyone lock others out). The clock is the caller's.
 */
public record SignInBackoff(int freeFailures, Duration firstDelay, Duration maxDelay, Duration memory) {

    /** Five failures free, then 1, 2, 4, 8 and at most 15 minutes between attempts; a day's quiet forgets. */
    public static final SignInBackoff STANDARD = new SignInBackoff(5, Duration.ofMinutes(1), Duration.ofMinutes(15),
            Duration.ofHours(24));

    public SignInBackoff {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("freeFailures must be at least 1, was " + freeFailures);
        }
        requirePositive(firstDelay, "firstDelay");
        requirePositive(maxDelay, "maxDelay");
        requirePositive(memory, "memory");
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be shorter than firstDelay");
        }
        if (memory.compareTo(maxDelay) <= 0) {
            // Otherwise a patient guesser would be forgotten before each attempt and never slowed down.
            throw new IllegalArgumentException("memory must be longer than maxDelay");
        }
    }

    /** The wait before the next attempt after this many failures in a row. */
    public Duration delayAfter(int failuresInARow) {
        if (failuresInARow < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = failuresInARow - freeFailures;
        // 2^30 times any delay of a second or more is far past every sensible cap; stop before overflowing.
        if (doublings >= 30) {
            return maxDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** The earliest instant of the next attempt, given the failures in a row and when the last of them was. */
    public Instant nextAttemptAt(int failuresInARow, Instant lastFailure) {
        return Objects.requireNonNull(lastFailure, "lastFailure").plus(delayAfter(failuresInARow));
    }

    /** True once the count has been quiet long enough to start again. */
    public boolean forgets(Instant lastFailure, Instant now) {
        return !now.isBefore(lastFailure.plus(memory));
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
