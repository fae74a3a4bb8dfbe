package org.ketaminetraining.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CspReportBudgetTest {

    @Test
    void aBurstPerAddressThenOneASecondAndOtherAddressesUnaffected() {
        CspReportBudget budget = CspReportBudget.perClientAddress(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        for (int i = 0; i < CspReportBudget.BURST; i++) {
            assertThat(budget.spend("10.0.0.1").allowed()).isTrue();
        }
        TokenBucketLimiter.Decision refused = budget.spend("10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(budget.spend("10.0.0.2").allowed()).isTrue();
        // An IPv6 client's other addresses in its /64 share its budget.
        for (int i = 0; i < CspReportBudget.BURST; i++) {
            budget.spend("2001:db8::" + Integer.toHexString(i + 1));
        }
        assertThat(budget.spend("2001:db8::ffff").allowed()).isFalse();
    }
}
