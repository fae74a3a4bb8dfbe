/**
 * The scheduling engine's contract: when should a learner next see an item, given every review so far.
 *
 * <p>Everything here and in the subpackages is plain Java (JDK only). Nothing reads a clock, a global random
 * source or a database: instants, time zones and seeds arrive as arguments, so a memory state can always be
 * rebuilt by replaying an item's append-only review log through {@link org.ketaminetraining.scheduling.Scheduler}.
 *
 * <ul>
 *   <li>{@link org.ketaminetraining.scheduling.Scheduler}, {@link org.ketaminetraining.scheduling.CardState},
 *       {@link org.ketaminetraining.scheduling.Review}, {@link org.ketaminetraining.scheduling.Rating}: the
 *       scheduler-neutral vocabulary the study service works with.</li>
 *   <li>{@code fsrs}: the FSRS-6 memory model and the scheduler built on it.</li>
 *   <li>{@code sm2}: Anki's SM-2 variant, behind the same interface, for comparison and imported histories.</li>
 *   <li>{@code policy}: organisation settings that are not part of any memory model (steps, day boundary, fuzz,
 *       maximum interval, desired retention).</li>
 *   <li>{@code grading}: quiz answer to rating. {@code queue}: what to study next.</li>
 *   <li>{@link org.ketaminetraining.scheduling.Replay}: a command that replays review CSV through FSRS-6.</li>
 * </ul>
 */
package org.ketaminetraining.scheduling;
