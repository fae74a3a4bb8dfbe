package org.ketaminetraining.scheduling.fsrs;

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
 * The FSRS-6 scheduler: the {@link MemoryModel} updates stability and difficulty at every review (same-day steps
 * included, with the model's same-day formula), and the {@link SchedulerPolicy} decides what that means for the
 * calendar.
 *
 * <p>Elapsed time is whole study days by the policy's {@link org.ketaminetraining.scheduling.policy.DayBoundary}.
 * A day interval is I(r, S) for the item's desired retention r, rounded (or fuzzed) to whole days and capped at the
 * maximum interval. Among the ratings that would give a day interval from the same state, each later button gets at
 * least one day more than the one before (Again &lt; Hard &lt; Good &lt; Easy), as in the reference schedulers,
 * unless the maximum interval caps them; Again takes part only for a graduated item.
 */
public final class FsrsScheduler implements Scheduler {

    private static final Rating[] RATINGS = Rating.values();

    private final MemoryModel model;
    private final SchedulerPolicy policy;
    /** The last retention's interval factor: an immutable pair, so sharing it between threads is harmless. */
    private IntervalFactor lastFactor = new IntervalFactor(Double.NaN, Double.NaN);

    public FsrsScheduler(FsrsParameters parameters, SchedulerPolicy policy) {
        this.model = new MemoryModel(Objects.requireNonNull(parameters, "parameters"));
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public MemoryModel model() {
        return model;
    }

    public SchedulerPolicy policy() {
        return policy;
    }

    @Override
    public String name() {
        return "FSRS-6 (" + model.parameters().version() + ")";
    }

    @Override
    public CardState next(CardState state, Review review, ReviewContext context) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(context, "context");
        return new Transition(state, review, context).result();
    }

    @Override
    public double retrievabilityAt(CardState state, Instant at) {
        Objects.requireNonNull(at, "at");
        if (state.isNew()) {
            return 1;
        }
        long elapsed = Math.max(0, policy.dayBoundary().elapsedDays(state.lastReview(), at));
        return model.retrievability(elapsed, requireMemory(state).stability());
    }

    private static MemoryState requireMemory(CardState state) {
        if (state.stability() < MemoryModel.MIN_STABILITY || state.difficulty() < 1) {
            throw new IllegalArgumentException("state has no FSRS memory (stability " + state.stability()
                    + ", difficulty " + state.difficulty() + "); was it produced by another scheduler?");
        }
        return new MemoryState(state.stability(), state.difficulty());
    }

    private double intervalFactor(ReviewContext context) {
        double retention = policy.retention().desiredRetention(context.programmeId(), context.itemClass());
        IntervalFactor cached = lastFactor;
        if (cached.retention() != retention) {
            cached = new IntervalFactor(retention, model.intervalFactor(retention));
            lastFactor = cached;
        }
        return cached.factor();
    }

    private record IntervalFactor(double retention, double factor) {
    }

    /** One review applied to one state; a small object so that each step of the decision reads on its own. */
    private final class Transition {
        private final CardState before;
        private final Instant at;
        private final Rating rating;
        private final ReviewContext context;
        private final double stability;
        private final double difficulty;
        private final long elapsedDays;
        private final double retrievability;
        private double passGrowth = Double.NaN;

        Transition(CardState before, Review review, ReviewContext context) {
            this.before = before;
            this.at = review.reviewedAt();
            this.rating = review.rating();
            this.context = context;
            if (before.isNew()) {
                this.stability = 0;
                this.difficulty = 0;
                this.elapsedDays = 0;
                this.retrievability = 1;
                return;
            }
            if (at.isBefore(before.lastReview())) {
                throw new IllegalArgumentException("review at " + at + " is before the last review at "
                        + before.lastReview() + "; replay the log in order");
            }
            MemoryState memory = requireMemory(before);
            this.stability = memory.stability();
            this.difficulty = memory.difficulty();
            // Clamped: a DST fall-back with an odd rollover hour could otherwise give -1 for a later instant.
            this.elapsedDays = Math.max(0, policy.dayBoundary().elapsedDays(before.lastReview(), at));
            this.retrievability = elapsedDays == 0 ? 1 : model.retrievability(elapsedDays, stability);
        }

        CardState result() {
            MemoryState memory = new MemoryState(stabilityAfter(rating), difficultyAfter());
            boolean lapse = before.phase() == Phase.REVIEW && rating == Rating.AGAIN;
            int lapses = before.lapses() + (lapse ? 1 : 0);
            Optional<LearningSteps.Step> step = stepAfter(rating);
            if (step.isPresent()) {
                Phase phase = before.phase() == Phase.NEW ? Phase.LEARNING
                        : before.phase() == Phase.REVIEW ? Phase.RELEARNING : before.phase();
                return state(phase, step.get().index(), memory, 0, at.plus(step.get().delay()), lapses);
            }
            int days = orderedDays(memory.stability());
            return state(Phase.REVIEW, 0, memory, days, policy.dayBoundary().dueAfterDays(at, days), lapses);
        }

        /** What {@link MemoryModel#next} gives, with R and the pass growth computed once for all four ratings. */
        private double stabilityAfter(Rating r) {
            if (before.isNew()) {
                return model.initialStability(r);
            }
            if (elapsedDays == 0) {
                return model.stabilityOnSameDay(stability, r);
            }
            if (!r.isPass()) {
                return model.stabilityAfterLapse(stability, difficulty, retrievability);
            }
            if (Double.isNaN(passGrowth)) {
                passGrowth = model.passGrowth(stability, difficulty, retrievability);
            }
            return model.grownStability(stability, passGrowth, r);
        }

        private double difficultyAfter() {
            return before.isNew() ? model.initialDifficulty(rating) : model.nextDifficulty(difficulty, rating);
        }

        /** The same-day step that {@code r} leads to, or empty when it leads to a day interval. */
        private Optional<LearningSteps.Step> stepAfter(Rating r) {
            return switch (before.phase()) {
                case NEW -> policy.learningSteps().after(0, r);
                case LEARNING -> policy.learningSteps().after(before.step(), r);
                case RELEARNING -> policy.relearningSteps().after(before.step(), r);
                case REVIEW -> r == Rating.AGAIN ? policy.relearningSteps().after(0, r) : Optional.empty();
            };
        }

        /**
         * The day interval for this review's rating, at least one day longer than that of every lower rating
         * which would also have led to a day interval from the same state, then capped at the maximum.
         */
        private int orderedDays(double newStability) {
            double factor = intervalFactor(context);
            double u = policy.fuzz() ? IntervalFuzz.uniform(context.itemKey(), before.reviewCount()) : 0;
            int previous = 0;
            for (int g = 0; g < rating.ordinal(); g++) {
                Rating lower = RATINGS[g];
                if (countsForOrder(lower) && stepAfter(lower).isEmpty()) {
                    previous = Math.max(previous + 1, dayInterval(stabilityAfter(lower) * factor, u));
                }
            }
            int days = Math.max(previous + 1, dayInterval(newStability * factor, u));
            return Math.min(days, policy.maximumIntervalDays());
        }

        /**
         * Again joins the ordering only for a graduated item: on a first or same-day learning review it would
         * push a first Good past its model interval (with no learning steps, Again and Good both graduate).
         */
        private boolean countsForOrder(Rating lower) {
            return lower.isPass() || before.phase() == Phase.REVIEW;
        }

        private int dayInterval(double intervalDays, double u) {
            int maximum = policy.maximumIntervalDays();
            return policy.fuzz() ? IntervalFuzz.fuzzedDays(intervalDays, u, maximum)
                    : IntervalFuzz.roundedDays(intervalDays, maximum);
        }

        private CardState state(Phase phase, int step, MemoryState memory, int days, Instant due, int lapses) {
            return new CardState(phase, step, memory.stability(), memory.difficulty(), 0, days, due, at,
                    before.reviewCount() + 1, lapses);
        }
    }
}
