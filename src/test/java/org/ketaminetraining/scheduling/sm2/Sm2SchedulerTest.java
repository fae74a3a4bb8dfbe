package org.ketaminetraining.scheduling.sm2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Phase;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;

class Sm2SchedulerTest {

    private static final ZoneId ZONE = ZoneId.of("Australia/Sydney");
    private static final Instant START = ZonedDateTime.of(2025, 2, 3, 18, 0, 0, 0, ZONE).toInstant();
    private static final ReviewContext ITEM = ReviewContext.of("ket-contra-07");

    private final SchedulerPolicy noFuzz = SchedulerPolicy.defaults(ZONE).withFuzz(false)
            .withMaximumIntervalDays(36500);
    private final Sm2Scheduler sm2 = new Sm2Scheduler(Sm2Settings.ANKI_DEFAULT, noFuzz);

    @Test
    void alwaysGoodGivesOneThreeEightTwentyFiftyAndOneHundredTwentyFiveDays() {
        CardState state = learned();
        List<Integer> intervals = new ArrayList<>();
        intervals.add(state.scheduledDays());
        for (int i = 0; i < 5; i++) {
            state = sm2.next(state, new Review(state.due().plus(Duration.ofHours(14)), Rating.GOOD), ITEM);
            intervals.add(state.scheduledDays());
        }
        assertThat(intervals).containsExactly(1, 3, 8, 20, 50, 125);
        assertThat(state.ease()).isEqualTo(2.5);
        assertThat(state.phase()).isEqualTo(Phase.REVIEW);
    }

    @Test
    void learningUsesTheOneAndTenMinuteSteps() {
        CardState first = sm2.next(CardState.NEW, new Review(START, Rating.GOOD), ITEM);
        assertThat(first.phase()).isEqualTo(Phase.LEARNING);
        assertThat(first.due()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        assertThat(first.ease()).isEqualTo(2.5);
        CardState again = sm2.next(first, new Review(first.due(), Rating.AGAIN), ITEM);
        assertThat(again.due()).isEqualTo(first.due().plus(Duration.ofMinutes(1)));
        CardState easy = sm2.next(CardState.NEW, new Review(START, Rating.EASY), ITEM);
        assertThat(easy.scheduledDays()).isEqualTo(4);
        assertThat(easy.ease()).as("Easy while learning leaves the ease").isEqualTo(2.5);
    }

    @Test
    void hardAndEasyChangeTheEase() {
        CardState state = afterGoodReviews(2);
        CardState hard = sm2.next(state, new Review(state.due(), Rating.HARD), ITEM);
        CardState good = sm2.next(state, new Review(state.due(), Rating.GOOD), ITEM);
        CardState easy = sm2.next(state, new Review(state.due(), Rating.EASY), ITEM);
        assertThat(hard.ease()).isCloseTo(2.35, within(1e-12));
        assertThat(good.ease()).isEqualTo(2.5);
        assertThat(easy.ease()).isCloseTo(2.65, within(1e-12));
        assertThat(state.scheduledDays()).isEqualTo(3);
        assertThat(hard.scheduledDays()).isEqualTo(4);
        assertThat(good.scheduledDays()).isEqualTo(8);
        assertThat(easy.scheduledDays()).isEqualTo(10);
    }

    @Test
    void aLapseLowersTheEaseAndRelearnsToOneDay() {
        CardState state = afterGoodReviews(3);
        Instant at = state.due();
        CardState lapsed = sm2.next(state, new Review(at, Rating.AGAIN), ITEM);
        assertThat(lapsed.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.ease()).isCloseTo(2.3, within(1e-12));
        assertThat(lapsed.due()).isEqualTo(at.plus(Duration.ofMinutes(10)));
        CardState relearned = sm2.next(lapsed, new Review(lapsed.due(), Rating.GOOD), ITEM);
        assertThat(relearned.phase()).isEqualTo(Phase.REVIEW);
        assertThat(relearned.scheduledDays()).isEqualTo(1);
        CardState next = sm2.next(relearned, new Review(relearned.due(), Rating.GOOD), ITEM);
        assertThat(next.scheduledDays()).as("(1 day) x 2.3, rounded, at least Hard + 1").isEqualTo(3);
    }

    @Test
    void easeNeverFallsBelowOnePointThree() {
        CardState state = learned();
        for (int i = 0; i < 12; i++) {
            state = sm2.next(state, new Review(state.due(), Rating.AGAIN), ITEM);
            state = sm2.next(state, new Review(state.due(), Rating.GOOD), ITEM);
        }
        assertThat(state.ease()).isEqualTo(1.3);
        assertThat(state.lapses()).isEqualTo(12);
    }

    @Test
    void lateReviewsCountHalfTheDelayForGood() {
        CardState state = afterGoodReviews(2);
        Instant fourDaysLate = state.due().plus(Duration.ofDays(4));
        CardState good = sm2.next(state, new Review(fourDaysLate, Rating.GOOD), ITEM);
        assertThat(good.scheduledDays()).isEqualTo((int) Math.round((3 + 2) * 2.5));
    }

    @Test
    void retrievabilityIsOnlyARankingHeuristic() {
        CardState state = afterGoodReviews(2);
        assertThat(sm2.retrievabilityAt(state, state.due())).isCloseTo(0.9, within(1e-12));
        assertThat(sm2.retrievabilityAt(CardState.NEW, START)).isEqualTo(1.0);
    }

    @Test
    void refusesFsrsStatesAndOutOfOrderReviews() {
        CardState fsrsState = new CardState(Phase.REVIEW, 0, 5, 5, 0, 5, START, START, 1, 0);
        assertThatThrownBy(() -> sm2.next(fsrsState, new Review(START, Rating.GOOD), ITEM))
                .hasMessageContaining("no SM-2 ease");
        CardState state = learned();
        assertThatThrownBy(() -> sm2.next(state, new Review(START.minusSeconds(5), Rating.GOOD), ITEM))
                .hasMessageContaining("before the last review");
    }

    @Test
    void fuzzedIntervalsStayOrderedAndReproducible() {
        Sm2Scheduler fuzzed = new Sm2Scheduler(Sm2Settings.ANKI_DEFAULT, SchedulerPolicy.defaults(ZONE));
        for (int item = 0; item < 200; item++) {
            ReviewContext context = ReviewContext.of("item-" + item);
            CardState state = fuzzed.replay(List.of(new Review(START, Rating.EASY),
                    new Review(START.plus(Duration.ofDays(4)), Rating.GOOD)), context);
            Instant at = state.due();
            int hard = fuzzed.next(state, new Review(at, Rating.HARD), context).scheduledDays();
            int good = fuzzed.next(state, new Review(at, Rating.GOOD), context).scheduledDays();
            int easy = fuzzed.next(state, new Review(at, Rating.EASY), context).scheduledDays();
            assertThat(hard).isLessThan(good);
            assertThat(good).isLessThan(easy);
            assertThat(fuzzed.next(state, new Review(at, Rating.GOOD), context).scheduledDays()).isEqualTo(good);
        }
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new Sm2Settings(0, 4, 2.5, 1.3, 1.2, 1.3, 1)).hasMessageContaining("graduating");
        assertThatThrownBy(() -> new Sm2Settings(1, 4, 1.2, 1.3, 1.2, 1.3, 1)).hasMessageContaining("minimumEase");
    }

    private CardState learned() {
        CardState first = sm2.next(CardState.NEW, new Review(START, Rating.GOOD), ITEM);
        return sm2.next(first, new Review(first.due(), Rating.GOOD), ITEM);
    }

    private CardState afterGoodReviews(int reviews) {
        CardState state = learned();
        for (int i = 0; i < reviews - 1; i++) {
            state = sm2.next(state, new Review(state.due().plus(Duration.ofHours(3)), Rating.GOOD), ITEM);
        }
        return state;
    }
}
