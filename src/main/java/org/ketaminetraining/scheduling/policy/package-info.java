/**
 * The organisation's scheduling settings, kept apart from any memory model: same-day learning and relearning
 * steps, the study-day boundary (time zone and rollover hour) that turns instants into whole elapsed days,
 * reproducible interval fuzz, the maximum interval and the desired retention per programme and item class.
 * Both the FSRS-6 and the SM-2 scheduler read the same {@link org.ketaminetraining.scheduling.policy.SchedulerPolicy}.
 */
package org.ketaminetraining.scheduling.policy;
