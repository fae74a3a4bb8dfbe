/**
 * Anki's variant of SM-2, behind the same {@link org.ketaminetraining.scheduling.Scheduler} interface as FSRS-6:
 * the baseline for comparisons, and the scheduler under which histories imported from Anki-style tools were made.
 */
package org.ketaminetraining.scheduling.sm2;
