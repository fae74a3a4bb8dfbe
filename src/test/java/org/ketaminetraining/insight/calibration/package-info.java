/**
 * Tests of the calibration figures against hand-computed fixtures, of the predictions against the memory model
 * itself, and of the held-out fitting decision on synthetic learners whose memory is FSRS-6 with known weights.
 */
package org.ketaminetraining.insight.calibration;
