package org.ketaminetraining.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountFailureCeilingTest {

    private final AccountFailureCeiling ceiling = AccountFailureCeiling.STANDARD;
    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void theFiftiethFailureWithinADayReachesTheCeiling() {
        AccountFailureCeiling.Count count = ceiling.afterFailure(0, null, now);
        assertThat(count).isEqualTo(new AccountFailureCeiling.Count(1, now, false));
        Instant t = now;
        for (int i = 2; i < 50; i++) {
            t = t.plus(Duration.ofMinutes(20));
            count = ceiling.afterFailure(count.failures(), count.windowOpened(), t);
            assertThat(count.reached()).as("failure %d", i).isFalse();
        }
        count = ceiling.afterFailure(count.failures(), count.windowOpened(), now.plus(Duration.ofHours(23)));
        assertThat(count).isEqualTo(new AccountFailureCeiling.Count(50, now, true));
    }

    @Test
    void aFailureADayAfterTheWindowOpenedStartsANewWindow() {
        Instant dayLater = now.plus(Duration.ofHours(24));
        assertThat(ceiling.afterFailure(49, now, dayLater)).isEqualTo(new AccountFailureCeiling.Count(1, dayLater,
                false));
    }

    @Test
    void aWindowOpenedInTheFutureByAClockThatWentBackStartsAgain() {
        assertThat(ceiling.afterFailure(49, now.plusSeconds(60), now))
                .isEqualTo(new AccountFailureCeiling.Count(1, now, false));
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> new AccountFailureCeiling(0, Duration.ofHours(1)))
                .hasMessageContaining("maxFailures");
        assertThatThrownBy(() -> new AccountFailureCeiling(3, Duration.ZERO)).hasMessageContaining("window");
    }
}
