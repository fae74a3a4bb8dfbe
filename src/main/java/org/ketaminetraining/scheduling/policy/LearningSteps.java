package org.ketaminetraining.scheduling.policy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.scheduling.Rating;

/**
 * Same-day steps an item goes through before it graduates to day intervals: after it is first seen (learning) or
 * after a lapse (relearning). The step rules are those of the FSRS reference schedulers and of Anki: Again restarts
 * at the first step, Hard repeats the current one (on the first step: halfway to the second, or 1.5 times a lone
 * step), Good moves to the next step or graduates, Easy graduates at once.
 */
public final class LearningSteps {

    private static final Duration ONE_DAY = Duration.ofDays(1);

    private final List<Duration> steps;

    /**
     * @param steps each positive and shorter than a day; an empty list means items graduate at their first pass
     */
    public LearningSteps(List<Duration> steps) {
        Objects.requireNonNull(steps, "steps");
        for (Duration step : steps) {
            Objects.requireNonNull(step, "step");
            if (step.isNegative() || step.isZero() || step.compareTo(ONE_DAY) >= 0) {
                throw new IllegalArgumentException("a learning step must be positive and shorter than a day, was "
                        + step);
            }
        }
        this.steps = List.copyOf(steps);
    }

    public static LearningSteps ofMinutes(long... minutes) {
        return new LearningSteps(java.util.Arrays.stream(minutes).mapToObj(Duration::ofMinutes).toList());
    }

    public static LearningSteps none() {
        return new LearningSteps(List.of());
    }

    public List<Duration> steps() {
        return steps;
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /**
     * Where an item at step {@code current} goes after {@code rating}: to a step (index and delay), or nowhere
     * (empty) when it graduates to day intervals. A step index beyond the list (the steps were shortened since)
     * counts as the last step.
     */
    public Optional<Step> after(int current, Rating rating) {
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        int index = Math.min(current, steps.size() - 1);
        return switch (rating) {
            case AGAIN -> Optional.of(new Step(0, steps.get(0)));
            case HARD -> Optional.of(new Step(index, hardDelay(index)));
            case GOOD -> index + 1 < steps.size()
                    ? Optional.of(new Step(index + 1, steps.get(index + 1)))
                    : Optional.empty();
            case EASY -> Optional.empty();
        };
    }

    private Duration hardDelay(int index) {
        if (index > 0) {
            return steps.get(index);
        }
        Duration first = steps.get(0);
        if (steps.size() > 1) {
            return first.plus(steps.get(1)).dividedBy(2);
        }
        Duration oneAndHalf = first.multipliedBy(3).dividedBy(2);
        return oneAndHalf.compareTo(ONE_DAY) < 0 ? oneAndHalf : first;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LearningSteps that && steps.equals(that.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return "LearningSteps" + steps;
    }

    /**
     * A same-day step.
     *
     * @param index which step the item now waits for
     * @param delay how long after the review it is due
     */
    public record Step(int index, Duration delay) {
        public Step {
            Objects.requireNonNull(delay, "delay");
        }
    }
}
