package org.ketaminetraining.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords in a row the account is locked for
 * {@code lockDuration}; a success resets the count. The clock is the caller's.
 */
public record SignInLockout(int maxFailures, Duration lockDuration) {

    /** Five failures lock the account for fifteen minutes. */
    public static final SignInLockout STANDARD = new SignInLockout(5, Duration.ofMinutes(15));

    public SignInLockout {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive, was " + lockDuration);
        }
    }

    /** True while a lock set earlier is still in force. */
    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The state after one more wrong password. */
    public Failure afterFailure(int failuresSoFar, Instant now) {
        int failures = failuresSoFar + 1;
        if (failures >= maxFailures) {
            return new Failure(0, Optional.of(now.plus(lockDuration)));
        }
        return new Failure(failures, Optional.empty());
    }

    /** The failure count to store and, when the limit was reached, the instant the lock ends. */
    public record Failure(int failures, Optional<Instant> lockedUntil) {
    }
}
