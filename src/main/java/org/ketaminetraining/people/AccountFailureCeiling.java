package org.ketaminetraining.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The most failed sign-ins one account takes from all addresses together within a window that opens at the first
 * failure: {@code maxFailures} in {@code window}. Reaching it locks the account for every address except the one
 * it last signed in from, until an administrator resets the password.
 *
 * <p>This is the backstop against guessing spread over many addresses, each of which stays within its own
 * limits. Two windows back to back hold fewer than {@code 2 * maxFailures} failures, so with the standard 50 no
 * hour sees more than the 100 failed attempts OWASP ASVS 2.2.1 allows on one account (counting only addresses
 * other than the owner's usual one, which keeps its per-address delays). Successful sign-ins do not empty the
 * count: otherwise an attacker's budget would refill every time the owner signs in. The clock is the caller's.
 */
public record AccountFailureCeiling(int maxFailures, Duration window) {

    /** Fifty failures within 24 hours. */
    public static final AccountFailureCeiling STANDARD = new AccountFailureCeiling(50, Duration.ofHours(24));

    public AccountFailureCeiling {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
    }

    /**
     * The count after one more failure.
     *
     * @param failuresSoFar failures counted in the window that opened at {@code windowOpened}
     * @param windowOpened  when the current window opened, or null when no failure is counted
     */
    public Count afterFailure(int failuresSoFar, Instant windowOpened, Instant now) {
        Objects.requireNonNull(now, "now");
        if (windowOpened == null || !now.isBefore(windowOpened.plus(window)) || now.isBefore(windowOpened)) {
            // No window, an old one, or one "opened" in the future by a clock that went back: start afresh.
            return new Count(1, now, 1 >= maxFailures);
        }
        int failures = failuresSoFar + 1;
        return new Count(failures, windowOpened, failures >= maxFailures);
    }

    /** The failures to store, the window they count in and whether the ceiling is reached. */
    public record Count(int failures, Instant windowOpened, boolean reached) {
    }
}
