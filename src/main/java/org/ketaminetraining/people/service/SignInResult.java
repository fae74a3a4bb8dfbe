package org.ketaminetraining.people.service;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sign-in attempt came to. A wrong password, an unknown user, a disabled or locked account and an attempt
 * held off by its account-and-address delay are all the one {@link Refused}, so nothing tells them apart. Only a
 * throttled address is told so, with the wait: that concerns the address, not any account; and so is an attempt that
 * found the server too busy with other sign-ins to check it ({@link Busy}).
 */
public sealed interface SignInResult {

    /** The signed-in person, when the attempt succeeded. */
    default Optional<SignedInUser> user() {
        return this instanceof SignedIn signedIn ? Optional.of(signedIn.person()) : Optional.empty();
    }

    /** The username and password were right and the account may sign in from here. */
    record SignedIn(SignedInUser person) implements SignInResult {
        public SignedIn {
            Objects.requireNonNull(person, "person");
        }
    }

    /** Refused, for a reason the answer does not say. */
    record Refused() implements SignInResult {
    }

    /**
     * Not checked: so many people were signing in at once that this attempt found no turn to have its password
     * checked in time ({@link org.ketaminetraining.people.PasswordWork}). Nothing was counted against anyone.
     *
     * @param retryAfter how long to wait before trying again
     */
    record Busy(Duration retryAfter) implements SignInResult {
        public Busy {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /**
     * Refused before anything was checked: the client address has used up its failed sign-ins for now.
     *
     * @param retryAfter how long until the address may try again
     */
    record Throttled(Duration retryAfter) implements SignInResult {
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        /** The wait in whole minutes, rounded up, at least one: what the person is told. */
        public long minutes() {
            long minute = Duration.ofMinutes(1).toMillis();
            return Math.max(1, (retryAfter.toMillis() + minute - 1) / minute);
        }
    }
}
