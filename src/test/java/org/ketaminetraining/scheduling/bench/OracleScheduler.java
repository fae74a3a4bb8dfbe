package org.ketaminetraining.scheduling.bench;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Phase;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.Scheduler;
import org.ketaminetraining.scheduling.policy.LearningSteps;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;

/**
 * A reference point, not a scheduler anyone could build: it reads each (learner, item)'s TRUE memory
 * ({@link TrueMemory}) and schedules the last whole day on which true recall is still at least the policy's desired
 * retention, with the same learning and relearning steps, day boundary and maximum interval as the real schedulers
 * and no fuzz. Its review count is roughly the least that any scheduler aiming at that retention can need in the
 * simulated population, so it tells how much room the ground truth leaves for an adaptive scheduler to beat SM-2.
 * (Aiming at one retention is not the cheapest schedule for a given knowledge in general, so it is a reference for
 * retention-targeting schedulers, not a bound for every conceivable one.)
 */
final class OracleScheduler implements Scheduler {

    private final SchedulerPolicy policy;
    private List<? extends TrueMemory> truths = List.of();

    OracleScheduler(SchedulerPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The learner being simulated: item index i of "item-i" is looked up here. */
    void useTruths(List<? extends TrueMemory> learnerTruths) {
        this.truths = learnerTruths;
    }

    @Override
    public String name() {
        return "oracle (knows true memory)";
    }

    @Override
    public double retrievabilityAt(CardState state, Instant at) {
        return state.isNew() ? 1 : 0.5;
    }

    @Override
    public CardState next(CardState state, Review review, ReviewContext context) {
        TrueMemory truth = truths.get(Integer.parseInt(context.itemKey().substring("item-".length())));
        Rating rating = review.rating();
        Optional<LearningSteps.Step> step = switch (state.phase()) {
            case NEW -> policy.learningSteps().after(0, rating);
            case LEARNING -> policy.learningSteps().after(state.step(), rating);
            case RELEARNING -> policy.relearningSteps().after(state.step(), rating);
            case REVIEW -> rating == Rating.AGAIN ? policy.relearningSteps().after(0, rating) : Optional.empty();
        };
        int lapses = state.lapses() + (state.phase() == Phase.REVIEW && rating == Rating.AGAIN ? 1 : 0);
        Instant at = review.reviewedAt();
        if (step.isPresent()) {
            Phase phase = state.phase() == Phase.NEW ? Phase.LEARNING
                    : state.phase() == Phase.REVIEW ? Phase.RELEARNING : state.phase();
            return new CardState(phase, step.get().index(), 0, 0, 2.5, 0, at.plus(step.get().delay()), at,
                    state.reviewCount() + 1, lapses);
        }
        double retention = policy.retention().desiredRetention(context.programmeId(), context.itemClass());
        int days = (int) Math.min(policy.maximumIntervalDays(),
                Math.max(1, Math.floor(truth.daysUntilRecallFallsTo(retention))));
        return new CardState(Phase.REVIEW, 0, 0, 0, 2.5, days, policy.dayBoundary().dueAfterDays(at, days), at,
                state.reviewCount() + 1, lapses);
    }
}
