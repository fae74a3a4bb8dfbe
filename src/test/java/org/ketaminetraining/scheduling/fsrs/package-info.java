/**
 * Tests of FSRS-6: the reference vectors from ts-fsrs, the model's properties, the scheduler's policy use, and the
 * parameter fitting against synthetic learners whose memory is FSRS-6 with known weights.
 */
package org.ketaminetraining.scheduling.fsrs;
