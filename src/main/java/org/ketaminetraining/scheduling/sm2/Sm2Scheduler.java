package org.ketaminetraining.scheduling.sm2;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Phase;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.Scheduler;
import org.ketaminetraining.scheduling.policy.IntervalFuzz;
import org.ketaminetraining.scheduling.policy.LearningSteps;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;

/**
 * Anki's SM-2 variant. Learning: the policy's steps, then the graduating interval (Easy: the easy interval).
 * Review with current interval I, ease E and {@code late} days past due: Hard = I·1.2, Good = (I + late/2)·E,
 * Easy = (I + late)·E·1.3, each rounded (half up) and at least one day longer than the previous button's (Hard at
 * least I + 1). Again lowers E by 0.20 and sends the item through the relearning steps to an interval of 1 day;
 * Hard lowers E by 0.15, Easy raises it by 0.15, never below 1.3. Always Good gives 1, 3, 8, 20, 50, 125 days.
 *
 * <p>Choices where Anki's versions differ, made here for determinism: an early review counts as zero days late
 * (never negative), and Easy on the last relearning step graduates one day beyond the lapse interval so that the
 * buttons stay ordered. SM-2 has no retrievability; {@link #retrievabilityAt} assumes it aims at 90% recall at the
 * end of each interval, which is only a way to rank due items, not a prediction.
 */
public final class Sm2Scheduler implements Scheduler {

    private final Sm2Settings settings;
    private final SchedulerPolicy policy;

    public Sm2Scheduler(Sm2Settings settings, SchedulerPolicy policy) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public String name() {
        return "SM-2 (Anki)";
    }

    @Override
    public CardState next(CardState state, Review review, ReviewContext context) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(context, "context");
        if (!state.isNew()) {
            requireSm2(state);
            if (review.reviewedAt().isBefore(state.lastReview())) {
                throw new IllegalArgumentException("review at " + review.reviewedAt()
                        + " is before the last review at " + state.lastReview() + "; replay the log in order");
            }
        }
        return switch (state.phase()) {
            case NEW -> afterStep(state, review, policy.learningSteps(), 0, settings.startingEase());
            case LEARNING -> afterStep(state, review, policy.learningSteps(), state.step(), state.ease());
            case RELEARNING -> afterStep(state, review, policy.relearningSteps(), state.step(), state.ease());
            case REVIEW -> afterReview(state, review, context);
        };
    }

    @Override
    public double retrievabilityAt(CardState state, Instant at) {
        Objects.requireNonNull(at, "at");
        if (state.isNew()) {
            return 1;
        }
        long elapsed = Math.max(0, policy.dayBoundary().elapsedDays(state.lastReview(), at));
        return Math.pow(0.9, (double) elapsed / Math.max(1, state.scheduledDays()));
    }

    private CardState afterStep(CardState state, Review review, LearningSteps steps, int step, double ease) {
        Optional<LearningSteps.Step> next = steps.after(step, review.rating());
        Phase phase = state.isNew() ? Phase.LEARNING : state.phase();
        if (next.isPresent()) {
            return state(state, review, phase, next.get().index(), ease, 0,
                    review.reviewedAt().plus(next.get().delay()), state.lapses());
        }
        int days = phase == Phase.RELEARNING ? relearnedDays(review.rating()) : graduatingDays(review.rating());
        return graduated(state, review, ease, days, state.lapses());
    }

    private int graduatingDays(Rating rating) {
        return rating == Rating.EASY ? settings.easyIntervalDays() : settings.graduatingIntervalDays();
    }

    private int relearnedDays(Rating rating) {
        return settings.lapseIntervalDays() + (rating == Rating.EASY ? 1 : 0);
    }

    private CardState afterReview(CardState state, Review review, ReviewContext context) {
        double ease = state.ease();
        if (review.rating() == Rating.AGAIN) {
            double lowered = Math.max(settings.minimumEase(), ease + Sm2Settings.AGAIN_EASE_CHANGE);
            Optional<LearningSteps.Step> step = policy.relearningSteps().after(0, Rating.AGAIN);
            if (step.isPresent()) {
                return state(state, review, Phase.RELEARNING, step.get().index(), lowered, 0,
                        review.reviewedAt().plus(step.get().delay()), state.lapses() + 1);
            }
            return graduated(state, review, lowered, settings.lapseIntervalDays(), state.lapses() + 1);
        }
        int days = reviewDays(state, review, context);
        double change = switch (review.rating()) {
            case HARD -> Sm2Settings.HARD_EASE_CHANGE;
            case EASY -> Sm2Settings.EASY_EASE_CHANGE;
            default -> 0;
        };
        return graduated(state, review, Math.max(settings.minimumEase(), ease + change), days, state.lapses());
    }

    /** Hard, Good and Easy intervals in turn, each fuzzed and kept at least a day above the one before. */
    private int reviewDays(CardState state, Review review, ReviewContext context) {
        int current = Math.max(1, state.scheduledDays());
        long elapsed = policy.dayBoundary().elapsedDays(state.lastReview(), review.reviewedAt());
        double late = Math.max(0, elapsed - current);
        double u = policy.fuzz() ? IntervalFuzz.uniform(context.itemKey(), state.reviewCount()) : 0;
        int hard = Math.max(current + 1, days(current * settings.hardMultiplier(), u));
        if (review.rating() == Rating.HARD) {
            return capped(hard);
        }
        int good = Math.max(hard + 1, days((current + late / 2) * state.ease(), u));
        if (review.rating() == Rating.GOOD) {
            return capped(good);
        }
        return capped(Math.max(good + 1, days((current + late) * state.ease() * settings.easyBonus(), u)));
    }

    private int days(double interval, double u) {
        int maximum = policy.maximumIntervalDays();
        return policy.fuzz() ? IntervalFuzz.fuzzedDays(interval, u, maximum) : IntervalFuzz.roundedDays(interval,
                maximum);
    }

    private int capped(int days) {
        return Math.min(days, policy.maximumIntervalDays());
    }

    private CardState graduated(CardState state, Review review, double ease, int days, int lapses) {
        int capped = capped(days);
        return state(state, review, Phase.REVIEW, 0, ease, capped,
                policy.dayBoundary().dueAfterDays(review.reviewedAt(), capped), lapses);
    }

    private static CardState state(CardState before, Review review, Phase phase, int step, double ease, int days,
            Instant due, int lapses) {
        return new CardState(phase, step, 0, 0, ease, days, due, review.reviewedAt(), before.reviewCount() + 1,
                lapses);
    }

    private void requireSm2(CardState state) {
        if (state.ease() < settings.minimumEase()) {
            throw new IllegalArgumentException("state has no SM-2 ease (" + state.ease()
                    + "); was it produced by another scheduler?");
        }
    }
}
