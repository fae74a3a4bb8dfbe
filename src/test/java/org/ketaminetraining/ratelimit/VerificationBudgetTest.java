package org.ketaminetraining.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.study.fixtures.SteppingClock;

class VerificationBudgetTest {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final VerificationBudget budget = VerificationBudget.perClientAddress(clock);

    @Test
    void eachAddressHasTenLookupsAtOnceThenOneEveryTwoSeconds() {
        for (int i = 0; i < 10; i++) {
            assertThat(budget.spend("192.0.2.1").allowed()).as("lookup %d", i + 1).isTrue();
        }
        TokenBucketLimiter.Decision refused = budget.spend("192.0.2.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
        assertThat(budget.spend("192.0.2.2").allowed()).as("another address").isTrue();

        clock.advance(Duration.ofSeconds(2));
        assertThat(budget.spend("192.0.2.1").allowed()).isTrue();
        assertThat(budget.spend("192.0.2.1").allowed()).isFalse();
    }

    @Test
    void addressesAreKeyedAsClientKeyDoesSoOneIpv6NetworkSharesABudget() {
        for (int i = 0; i < 10; i++) {
            assertThat(budget.spend("2001:db8:1:2::" + Integer.toHexString(i + 1)).allowed()).isTrue();
        }
        assertThat(budget.spend("2001:db8:1:2:ffff::9").allowed()).isFalse();
        assertThat(budget.spend(null).allowed()).as("an unknown address still gets a budget").isTrue();
    }
}
