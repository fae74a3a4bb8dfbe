package org.ketaminetraining.scheduling.policy;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything about scheduling that the organisation decides rather than the memory model.
 *
 * @param learningSteps       same-day steps for new items (default 1 and 10 minutes)
 * @param relearningSteps     same-day steps after a lapse (default 10 minutes)
 * @param dayBoundary         time zone and rollover hour that turn instants into whole study days
 * @param maximumIntervalDays the longest day interval ever scheduled (default 365: clinical knowledge is checked
 *                            at least yearly, against the reference's 100 years)
 * @param retention           desired retention per programme and item class (default 0.90, safety-critical 0.95)
 * @param fuzz                whether day intervals of 2.5 days and more are spread reproducibly (default on)
 */
public record SchedulerPolicy(
        LearningSteps learningSteps,
        LearningSteps relearningSteps,
        DayBoundary dayBoundary,
        int maximumIntervalDays,
        RetentionPolicy retention,
        boolean fuzz) {

    public static final int DEFAULT_MAXIMUM_INTERVAL_DAYS = 365;

    public SchedulerPolicy {
        Objects.requireNonNull(learningSteps, "learningSteps");
        Objects.requireNonNull(relearningSteps, "relearningSteps");
        Objects.requireNonNull(dayBoundary, "dayBoundary");
        Objects.requireNonNull(retention, "retention");
        if (maximumIntervalDays < 1 || maximumIntervalDays > 36_500) {
            throw new IllegalArgumentException("maximumIntervalDays must be 1..36500, was " + maximumIntervalDays);
        }
    }

    /** The defaults above, with the day boundary at 04:00 in {@code zone}. */
    public static SchedulerPolicy defaults(ZoneId zone) {
        return new SchedulerPolicy(LearningSteps.ofMinutes(1, 10), LearningSteps.ofMinutes(10),
                DayBoundary.of(zone), DEFAULT_MAXIMUM_INTERVAL_DAYS, RetentionPolicy.CLINICAL_DEFAULT, true);
    }

    public SchedulerPolicy withLearningSteps(LearningSteps steps) {
        return new SchedulerPolicy(steps, relearningSteps, dayBoundary, maximumIntervalDays, retention, fuzz);
    }

    public SchedulerPolicy withRelearningSteps(LearningSteps steps) {
        return new SchedulerPolicy(learningSteps, steps, dayBoundary, maximumIntervalDays, retention, fuzz);
    }

    public SchedulerPolicy withDayBoundary(DayBoundary boundary) {
        return new SchedulerPolicy(learningSteps, relearningSteps, boundary, maximumIntervalDays, retention, fuzz);
    }

    public SchedulerPolicy withMaximumIntervalDays(int days) {
        return new SchedulerPolicy(learningSteps, relearningSteps, dayBoundary, days, retention, fuzz);
    }

    public SchedulerPolicy withRetention(RetentionPolicy policy) {
        return new SchedulerPolicy(learningSteps, relearningSteps, dayBoundary, maximumIntervalDays, policy, fuzz);
    }

    public SchedulerPolicy withFuzz(boolean enabled) {
        return new SchedulerPolicy(learningSteps, relearningSteps, dayBoundary, maximumIntervalDays, retention,
                enabled);
    }
}
