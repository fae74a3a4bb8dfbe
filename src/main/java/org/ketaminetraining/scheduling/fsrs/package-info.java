/**
 * FSRS-6, the memory model (stability, difficulty, retrievability) and the scheduler built on it.
 *
 * <p>{@link org.ketaminetraining.scheduling.fsrs.MemoryModel} is numbers in, numbers out, exactly as the
 * published algorithm (and the shared reference vectors from ts-fsrs) define it.
 * {@link org.ketaminetraining.scheduling.fsrs.FsrsScheduler} adds what the model leaves open: learning steps,
 * whole-day elapsed time, rounding, fuzz and the maximum interval, all from the
 * {@link org.ketaminetraining.scheduling.policy.SchedulerPolicy}.
 */
package org.ketaminetraining.scheduling.fsrs;
