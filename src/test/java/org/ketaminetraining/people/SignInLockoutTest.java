package org.ketaminetraining.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInLockoutTest {

    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        SignInLockout lockout = SignInLockout.STANDARD;
        int failures = 0;
        for (int i = 0; i < 4; i++) {
            SignInLockout.Failure f = lockout.afterFailure(failures, now);
            assertThat(f.lockedUntil()).isEmpty();
            failures = f.failures();
        }
        assertThat(failures).isEqualTo(4);
        SignInLockout.Failure fifth = lockout.afterFailure(failures, now);
        assertThat(fifth.lockedUntil()).contains(now.plus(Duration.ofMinutes(15)));
        assertThat(fifth.failures()).isZero();
    }

    @Test
    void aLockHoldsUntilItsEnd() {
        Instant until = now.plus(Duration.ofMinutes(15));
        assertThat(SignInLockout.STANDARD.isLocked(until, now)).isTrue();
        assertThat(SignInLockout.STANDARD.isLocked(until, until)).isFalse();
        assertThat(SignInLockout.STANDARD.isLocked(null, now)).isFalse();
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> new SignInLockout(0, Duration.ofMinutes(1))).hasMessageContaining("maxFailures");
        assertThatThrownBy(() -> new SignInLockout(3, Duration.ZERO)).hasMessageContaining("lockDuration");
    }
}
