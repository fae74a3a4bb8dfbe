package org.ketaminetraining.scheduling.bench;

/**
 * One (learner, item)'s real memory in a simulation: what decides whether an answer is right. Schedulers never see
 * it, they see only pass or fail; the {@link OracleScheduler} reads it as a reference point.
 */
interface TrueMemory {

    /** Whether the learner recalls the item at {@code day} (days since the simulation's start, fractional). */
    boolean review(double day);

    /** True probability of recall at {@code day}; 0 for an item never seen. */
    double recallProbability(double day);

    /**
     * Days after the last exposure at which true recall has fallen to {@code retention}, for the memory as it is now:
     * the interval an all-knowing scheduler aiming at that retention would choose.
     */
    double daysUntilRecallFallsTo(double retention);
}
