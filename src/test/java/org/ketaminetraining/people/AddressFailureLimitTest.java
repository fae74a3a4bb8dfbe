package org.ketaminetraining.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressFailureLimitTest {

    private final AddressFailureLimit limit = AddressFailureLimit.STANDARD;
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void tenAttemptsAtOnceAreAllowedAndTheEleventhWaitsThirtySeconds() {
        Instant spent = null;
        for (int i = 0; i < 10; i++) {
            assertThat(limit.waitBefore(spent, now)).as("attempt %d", i + 1).isZero();
            spent = limit.afterAttempt(spent, now);
        }
        assertThat(limit.waitBefore(spent, now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(limit.waitBefore(spent, now.plusSeconds(20))).isEqualTo(Duration.ofSeconds(10));
        assertThat(limit.waitBefore(spent, now.plusSeconds(30))).isZero();
    }

    @Test
    void theSustainedRateIsTenEveryFiveMinutes() {
        Instant spent = null;
        Instant t = now;
        int allowed = 0;
        // One attempt a second for an hour: the burst of ten, then one per 30 seconds.
        for (int second = 0; second < 3600; second++, t = t.plusSeconds(1)) {
            if (limit.waitBefore(spent, t).isZero()) {
                spent = limit.afterAttempt(spent, t);
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(10 + 3600 / 30 - 1);
    }

    @Test
    void aSuccessHandsItsAttemptBackAndAWholeBudgetNeedsNoState() {
        Instant one = limit.afterAttempt(null, now);
        assertThat(limit.afterRefund(one, now)).isNull();
        Instant two = limit.afterAttempt(one, now);
        assertThat(limit.afterRefund(two, now)).isEqualTo(one);
        assertThat(limit.afterRefund(two, now.plusSeconds(60))).isNull();
        assertThat(limit.afterRefund(null, now)).isNull();
    }

    @Test
    void anIdleAddressGetsItsWholeBudgetBack() {
        Instant spent = null;
        for (int i = 0; i < 10; i++) {
            spent = limit.afterAttempt(spent, now);
        }
        Instant later = now.plus(Duration.ofMinutes(5));
        assertThat(spent).isEqualTo(later);
        for (int i = 0; i < 10; i++) {
            assertThat(limit.waitBefore(spent, later)).isZero();
            spent = limit.afterAttempt(spent, later);
        }
        assertThat(limit.waitBefore(spent, later)).isPositive();
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> new AddressFailureLimit(0, Duration.ofSeconds(1))).hasMessageContaining("burst");
        assertThatThrownBy(() -> new AddressFailureLimit(3, Duration.ZERO)).hasMessageContaining("interval");
    }
}
