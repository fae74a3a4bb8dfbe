package org.ketaminetraining.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.ItemClass;
import org.ketaminetraining.scheduling.Phase;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.policy.LearningSteps;
import org.ketaminetraining.scheduling.policy.RetentionPolicy;
import org.ketaminetraining.scheduling.policy.RetentionTargets;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;

class FsrsSchedulerTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final ReviewContext ITEM = ReviewContext.of("ket-dose-01");
    private static final Instant MORNING = ZonedDateTime.of(2025, 3, 3, 9, 0, 0, 0, ZONE).toInstant();

    private final SchedulerPolicy defaults = SchedulerPolicy.defaults(ZONE);
    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.DEFAULT, defaults);
    private final MemoryModel model = scheduler.model();

    @Test
    void newItemGoesThroughTheOneAndTenMinuteSteps() {
        CardState again = scheduler.next(CardState.NEW, new Review(MORNING, Rating.AGAIN), ITEM);
        CardState hard = scheduler.next(CardState.NEW, new Review(MORNING, Rating.HARD), ITEM);
        CardState good = scheduler.next(CardState.NEW, new Review(MORNING, Rating.GOOD), ITEM);
        CardState easy = scheduler.next(CardState.NEW, new Review(MORNING, Rating.EASY), ITEM);

        assertThat(again.phase()).isEqualTo(Phase.LEARNING);
        assertThat(again.due()).isEqualTo(MORNING.plus(Duration.ofMinutes(1)));
        assertThat(hard.due()).isEqualTo(MORNING.plus(Duration.ofSeconds(330)));
        assertThat(good.step()).isEqualTo(1);
        assertThat(good.due()).isEqualTo(MORNING.plus(Duration.ofMinutes(10)));
        assertThat(easy.phase()).isEqualTo(Phase.REVIEW);
        assertThat(easy.stability()).isEqualTo(8.2956);
        assertThat(good.stability()).isEqualTo(2.3065);
        assertThat(good.reviewCount()).isEqualTo(1);
        assertThat(good.lastReview()).isEqualTo(MORNING);
    }

    @Test
    void goodOnTheLastStepGraduatesWithTheSameDayStability() {
        CardState first = scheduler.next(CardState.NEW, new Review(MORNING, Rating.GOOD), ITEM);
        Instant tenMinutesLater = MORNING.plus(Duration.ofMinutes(10));
        CardState graduated = scheduler.next(first, new Review(tenMinutesLater, Rating.GOOD), ITEM);

        assertThat(graduated.phase()).isEqualTo(Phase.REVIEW);
        assertThat(graduated.stability()).isEqualTo(model.stabilityOnSameDay(2.3065, Rating.GOOD));
        int days = (int) Math.round(graduated.stability());
        assertThat(graduated.scheduledDays()).isEqualTo(days);
        assertThat(graduated.due()).isEqualTo(ZonedDateTime.of(LocalDate.of(2025, 3, 3).plusDays(days),
                java.time.LocalTime.of(4, 0), ZONE).toInstant());
    }

    @Test
    void aLapseCountsAndGoesThroughTheTenMinuteRelearningStep() {
        CardState review = graduatedItem();
        Instant dueDay = review.due().plus(Duration.ofHours(6));
        CardState lapsed = scheduler.next(review, new Review(dueDay, Rating.AGAIN), ITEM);

        assertThat(lapsed.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.due()).isEqualTo(dueDay.plus(Duration.ofMinutes(10)));
        assertThat(lapsed.stability()).isLessThan(review.stability());

        CardState relearned = scheduler.next(lapsed, new Review(lapsed.due(), Rating.GOOD), ITEM);
        assertThat(relearned.phase()).isEqualTo(Phase.REVIEW);
        assertThat(relearned.lapses()).isEqualTo(1);
        assertThat(relearned.scheduledDays()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void withoutStepsALapseGetsADayIntervalFromItsStability() {
        FsrsScheduler noSteps = new FsrsScheduler(FsrsParameters.DEFAULT, defaults.withRelearningSteps(
                LearningSteps.none()).withFuzz(false));
        CardState review = graduatedItem();
        CardState lapsed = noSteps.next(review, new Review(review.due(), Rating.AGAIN), ITEM);
        assertThat(lapsed.phase()).isEqualTo(Phase.REVIEW);
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.scheduledDays()).isEqualTo(Math.max(1, (int) Math.round(lapsed.stability())));
    }

    @Test
    void allGoodWithoutStepsOrFuzzFollowsTheReadmeMasteryPath() {
        SchedulerPolicy plain = defaults.withLearningSteps(LearningSteps.none()).withFuzz(false)
                .withMaximumIntervalDays(36500);
        FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.DEFAULT, plain);
        CardState state = fsrs.next(CardState.NEW, new Review(MORNING, Rating.GOOD), ITEM);
        List<Integer> reviewDays = new ArrayList<>();
        List<Double> stabilities = new ArrayList<>();
        long day = 0;
        for (int i = 0; i < 4; i++) {
            day += state.scheduledDays();
            state = fsrs.next(state, new Review(MORNING.plus(Duration.ofDays(day)), Rating.GOOD), ITEM);
            reviewDays.add((int) day);
            stabilities.add(state.stability());
        }
        assertThat(reviewDays).containsExactly(2, 13, 59, 222);
        assertThat(stabilities.get(0)).isCloseTo(11, withinPercentage(1));
        assertThat(stabilities.get(1)).isCloseTo(46, withinPercentage(1));
        assertThat(stabilities.get(2)).isCloseTo(163, withinPercentage(1));
        assertThat(stabilities.get(3)).isCloseTo(498, withinPercentage(1));
    }

    @Test
    void maximumIntervalCapsEveryDayInterval() {
        FsrsScheduler capped = new FsrsScheduler(FsrsParameters.DEFAULT, defaults.withMaximumIntervalDays(30));
        CardState state = capped.next(CardState.NEW, new Review(MORNING, Rating.EASY), ITEM);
        for (int i = 0; i < 6; i++) {
            state = capped.next(state, new Review(state.due().plus(Duration.ofHours(5)), Rating.EASY), ITEM);
            assertThat(state.scheduledDays()).isLessThanOrEqualTo(30);
        }
        assertThat(state.scheduledDays()).isEqualTo(30);
        assertThat(state.stability()).as("the model still learns beyond the cap").isGreaterThan(100);
    }

    @Test
    void safetyCriticalItemsAreDueSoonerForTheSameMemory() {
        SchedulerPolicy policy = defaults.withFuzz(false).withRetention(RetentionPolicy.uniform(
                new RetentionTargets(0.85, 0.97)));
        FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.DEFAULT, policy);
        ReviewContext critical = new ReviewContext("ket-resus-02", ReviewContext.DEFAULT_PROGRAMME,
                ItemClass.SAFETY_CRITICAL);
        ReviewContext standard = new ReviewContext("ket-resus-02", ReviewContext.DEFAULT_PROGRAMME,
                ItemClass.STANDARD);
        CardState c = fsrs.next(CardState.NEW, new Review(MORNING, Rating.EASY), critical);
        CardState s = fsrs.next(CardState.NEW, new Review(MORNING, Rating.EASY), standard);
        assertThat(c.stability()).isEqualTo(s.stability());
        assertThat(c.scheduledDays()).isEqualTo((int) Math.round(model.intervalDays(0.97, 8.2956)));
        assertThat(s.scheduledDays()).isEqualTo((int) Math.round(model.intervalDays(0.85, 8.2956)));
        assertThat(c.scheduledDays()).isLessThan(s.scheduledDays());
    }

    @Test
    void replayOfALogEqualsReviewingOneByOne() {
        List<Review> log = List.of(new Review(MORNING, Rating.GOOD),
                new Review(MORNING.plus(Duration.ofMinutes(11)), Rating.GOOD),
                new Review(MORNING.plus(Duration.ofDays(3)), Rating.AGAIN),
                new Review(MORNING.plus(Duration.ofDays(3).plusMinutes(12)), Rating.GOOD),
                new Review(MORNING.plus(Duration.ofDays(5)), Rating.HARD));
        CardState stepwise = CardState.NEW;
        for (Review review : log) {
            stepwise = scheduler.next(stepwise, review, ITEM);
        }
        assertThat(scheduler.replay(log, ITEM)).isEqualTo(stepwise);
        assertThat(scheduler.replay(log, ITEM)).isEqualTo(scheduler.replay(List.copyOf(log), ITEM));
        assertThat(stepwise.reviewCount()).isEqualTo(5);
        assertThat(stepwise.lapses()).isEqualTo(1);
    }

    @Test
    void refusesAReviewOlderThanTheLastOne() {
        CardState state = scheduler.next(CardState.NEW, new Review(MORNING, Rating.GOOD), ITEM);
        assertThatThrownBy(() -> scheduler.next(state, new Review(MORNING.minusSeconds(1), Rating.GOOD), ITEM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the last review");
    }

    @Test
    void refusesAStateWithoutFsrsMemory() {
        CardState sm2State = new CardState(Phase.REVIEW, 0, 0, 0, 2.5, 3, MORNING, MORNING, 2, 0);
        assertThatThrownBy(() -> scheduler.next(sm2State, new Review(MORNING, Rating.GOOD), ITEM))
                .hasMessageContaining("no FSRS memory");
    }

    @Test
    void retrievabilityCountsWholeStudyDays() {
        CardState state = graduatedItem();
        Instant sameDay = state.lastReview().plus(Duration.ofHours(2));
        assertThat(scheduler.retrievabilityAt(state, sameDay)).isEqualTo(1.0);
        Instant threeDays = state.lastReview().plus(Duration.ofDays(3));
        assertThat(scheduler.retrievabilityAt(state, threeDays))
                .isEqualTo(model.retrievability(3, state.stability()));
        assertThat(scheduler.retrievabilityAt(CardState.NEW, threeDays)).isEqualTo(1.0);
    }

    @Test
    void sameLogSameFuzzedSchedule() {
        CardState a = scheduler.replay(longLog(), ITEM);
        CardState b = scheduler.replay(longLog(), ITEM);
        assertThat(a).isEqualTo(b);
        assertThat(scheduler.name()).isEqualTo("FSRS-6 (fsrs6-default)");
    }

    private List<Review> longLog() {
        List<Review> log = new ArrayList<>();
        log.add(new Review(MORNING, Rating.EASY));
        for (int i = 1; i <= 5; i++) {
            log.add(new Review(MORNING.plus(Duration.ofDays(10L * i * i)), Rating.GOOD));
        }
        return log;
    }

    private CardState graduatedItem() {
        CardState first = scheduler.next(CardState.NEW, new Review(MORNING, Rating.GOOD), ITEM);
        return scheduler.next(first, new Review(MORNING.plus(Duration.ofMinutes(10)), Rating.GOOD), ITEM);
    }
}
