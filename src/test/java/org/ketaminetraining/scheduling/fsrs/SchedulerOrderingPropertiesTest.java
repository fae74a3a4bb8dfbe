package org.ketaminetraining.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Phase;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.policy.LearningSteps;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;

/**
 * For one graduated state reviewed on a later day, the four buttons lead to ordered delays
 * Again &lt; Hard &lt; Good &lt; Easy, with fuzz on, with or without relearning steps.
 */
class SchedulerOrderingPropertiesTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final Instant START = Instant.parse("2025-01-06T15:00:00Z");

    @Provide
    Arbitrary<CardState> reviewStates() {
        Arbitrary<Double> stability = Arbitraries.doubles().between(0.01, 2000);
        Arbitrary<Double> difficulty = Arbitraries.doubles().between(1, 10);
        Arbitrary<Integer> reviews = Arbitraries.integers().between(1, 200);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 365);
        return Combinators.combine(stability, difficulty, reviews, days).as((s, d, n, ivl) -> new CardState(
                Phase.REVIEW, 0, s, d, 0, ivl, START.plus(Duration.ofDays(ivl)), START, n, 0));
    }

    @Property
    void laterButtonsNeverGiveShorterDelays(@ForAll("reviewStates") CardState state,
            @ForAll @IntRange(min = 1, max = 1000) int daysLater, @ForAll @IntRange(min = 0, max = 99999) int item,
            @ForAll boolean relearningSteps) {
        SchedulerPolicy policy = SchedulerPolicy.defaults(ZONE).withMaximumIntervalDays(36500);
        if (!relearningSteps) {
            policy = policy.withRelearningSteps(LearningSteps.none());
        }
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.DEFAULT, policy);
        Instant at = START.plus(Duration.ofDays(daysLater));
        ReviewContext context = ReviewContext.of("item-" + item);
        Duration previous = Duration.ZERO;
        for (Rating rating : Rating.values()) {
            CardState next = scheduler.next(state, new Review(at, rating), context);
            Duration delay = Duration.between(at, next.due());
            assertThat(delay).as("%s after %s", rating, previous).isGreaterThan(previous);
            if (rating.isPass()) {
                assertThat(next.phase()).isEqualTo(Phase.REVIEW);
            }
            previous = delay;
        }
    }

    @Property
    void atTheMaximumIntervalLaterButtonsAreNeverShorter(@ForAll("reviewStates") CardState state,
            @ForAll @IntRange(min = 1, max = 1000) int daysLater) {
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.DEFAULT, SchedulerPolicy.defaults(ZONE));
        Instant at = START.plus(Duration.ofDays(daysLater));
        int previous = 0;
        for (Rating rating : new Rating[]{Rating.HARD, Rating.GOOD, Rating.EASY}) {
            int days = scheduler.next(state, new Review(at, rating), ReviewContext.of("x")).scheduledDays();
            assertThat(days).isBetween(previous == 365 ? 365 : previous + 1, 365);
            previous = days;
        }
    }
}
