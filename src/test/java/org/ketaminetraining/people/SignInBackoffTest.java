package org.ketaminetraining.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInBackoffTest {

    private final SignInBackoff backoff = SignInBackoff.STANDARD;
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void fiveFailuresAreFreeThenTheWaitDoublesFromOneMinuteUpToFifteen() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(backoff.delayAfter(failures)).as("after %d", failures).isZero();
        }
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.delayAfter(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(backoff.delayAfter(9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
        assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theNextAttemptWaitsFromTheLastFailure() {
        assertThat(backoff.nextAttemptAt(4, now)).isEqualTo(now);
        assertThat(backoff.nextAttemptAt(7, now)).isEqualTo(now.plus(Duration.ofMinutes(4)));
    }

    @Test
    void aDayWithoutFailuresForgetsTheCountButFifteenMinutesDoNot() {
        assertThat(backoff.forgets(now, now.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(backoff.forgets(now, now.plus(Duration.ofHours(24)).minusSeconds(1))).isFalse();
        assertThat(backoff.forgets(now, now.plus(Duration.ofHours(24)))).isTrue();
    }

    @Test
    void refusesNonsenseSettings() {
        Duration minute = Duration.ofMinutes(1);
        assertThatThrownBy(() -> new SignInBackoff(0, minute, minute, Duration.ofHours(1)))
                .hasMessageContaining("freeFailures");
        assertThatThrownBy(() -> new SignInBackoff(5, Duration.ZERO, minute, Duration.ofHours(1)))
                .hasMessageContaining("firstDelay");
        assertThatThrownBy(() -> new SignInBackoff(5, minute.multipliedBy(2), minute, Duration.ofHours(1)))
                .hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> new SignInBackoff(5, minute, minute.multipliedBy(15), minute.multipliedBy(15)))
                .hasMessageContaining("memory must be longer than maxDelay");
    }
}
