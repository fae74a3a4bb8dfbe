/**
 * FSRS-6, the memory model (stability, difficulty, retrievability), the scheduler built on it, and the fitting of
 * its weights to one learner's history.
 *
 * <p>{@link org.ketaminetraining.scheduling.fsrs.MemoryModel} is numbers in, numbers out, exactly as the
 * published algorithm (and the shared reference vectors from ts-fsrs) define it.
 * {@link org.ketaminetraining.scheduling.fsrs.FsrsScheduler} adds what the model leaves open: learning steps,
 * whole-day elapsed time, rounding, fuzz and the maximum interval, all from the
 * {@link org.ketaminetraining.scheduling.policy.SchedulerPolicy}.
 * {@link org.ketaminetraining.scheduling.fsrs.ParameterOptimiser} fits the 21 weights to a learner's
 * {@link org.ketaminetraining.scheduling.fsrs.PastReview}s, deterministically, as the FSRS optimiser does.
 */
package org.ketaminetraining.scheduling.fsrs;
