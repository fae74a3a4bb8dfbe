package org.ketaminetraining.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.study.fixtures.SteppingClock;

class TokenBucketLimiterTest {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final TokenBucketLimiter limiter = TokenBucketLimiter.forVerification(clock);

    @Test
    void aNewKeyGetsTheBurstAtOnceAndThenIsRefusedWithTheWaitForTheNextToken() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1").allowed()).as("request %d", i + 1).isTrue();
        }
        TokenBucketLimiter.Decision refused = limiter.tryAcquire("10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        // 30 a minute: one token every 2 seconds, and none of that time has passed yet.
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void tokensComeBackOneEveryTwoSecondsAndAPartialWaitIsKept() {
        drain("k");
        clock.advance(Duration.ofMillis(1_500));
        TokenBucketLimiter.Decision early = limiter.tryAcquire("k");
        assertThat(early.allowed()).isFalse();
        assertThat(early.retryAfter()).isEqualTo(Duration.ofMillis(500));
        assertThat(early.retryAfterSeconds()).isEqualTo(1);

        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.tryAcquire("k").allowed()).isTrue();
        assertThat(limiter.tryAcquire("k").allowed()).isFalse();

        // 5 seconds later: two whole tokens earned, the half-earned third one keeps its second.
        clock.advance(Duration.ofSeconds(5));
        assertThat(limiter.tryAcquire("k").allowed()).isTrue();
        assertThat(limiter.tryAcquire("k").allowed()).isTrue();
        TokenBucketLimiter.Decision third = limiter.tryAcquire("k");
        assertThat(third.allowed()).isFalse();
        assertThat(third.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheBurst() {
        drain("k");
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("k").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("k").allowed()).isFalse();
    }

    @Test
    void oneKeysExhaustionLeavesAnotherKeyAlone() {
        drain("10.0.0.1");
        assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isFalse();
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("10.0.0.2").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("10.0.0.2").allowed()).isFalse();
    }

    @Test
    void keysIdleForAFullRefillAreForgottenAndComeBackWithAFullBucket() {
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        assertThat(limiter.trackedKeys()).isEqualTo(2);
        // A full refill of 10 tokens takes 20 seconds; one millisecond short of it, both are kept.
        clock.advance(Duration.ofMillis(19_999));
        limiter.tryAcquire("c");
        assertThat(limiter.trackedKeys()).isEqualTo(3);
        clock.advance(Duration.ofMillis(1));
        limiter.tryAcquire("c");
        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }

    @Test
    void theMapNeverHoldsMoreThanItsCapEvenUnderAFloodOfNewKeys() {
        TokenBucketLimiter small = new TokenBucketLimiter(clock, 2, 1, Duration.ofMinutes(1), 3);
        for (int i = 0; i < 1_000; i++) {
            small.tryAcquire("10.1." + (i / 256) + "." + (i % 256));
            assertThat(small.trackedKeys()).isLessThanOrEqualTo(3);
        }
        assertThat(small.trackedKeys()).isEqualTo(3);
    }

    @Test
    void theCapDropsTheLeastRecentlySeenKey() {
        TokenBucketLimiter small = new TokenBucketLimiter(clock, 1, 1, Duration.ofMinutes(1), 2);
        assertThat(small.tryAcquire("old").allowed()).isTrue();
        assertThat(small.tryAcquire("busy").allowed()).isTrue();
        assertThat(small.tryAcquire("old").allowed()).isFalse(); // "old" is now the more recent one
        small.tryAcquire("new"); // drops "busy", the least recently seen
        assertThat(small.tryAcquire("old").allowed()).as("still remembered, still empty").isFalse();
        assertThat(small.tryAcquire("busy").allowed()).as("forgotten, so a fresh bucket").isTrue();
    }

    @Test
    void aClockSetBackDoesNotHandOutTokens() {
        drain("k");
        clock.advance(Duration.ofSeconds(-30));
        assertThat(limiter.tryAcquire("k").allowed()).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(limiter.tryAcquire("k").allowed()).isTrue();
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new TokenBucketLimiter(clock, 0, 1, Duration.ofMinutes(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucketLimiter(clock, 1, 1_000, Duration.ofMillis(10), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void drain(String key) {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire(key).allowed()).isTrue();
        }
    }
}
