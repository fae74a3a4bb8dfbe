/**
 * Turns a graded quiz answer into a scheduler rating, and flags answers that were wrong although the learner was
 * sure: the misconceptions educators most need to see in a safety-critical subject.
 */
package org.ketaminetraining.scheduling.grading;
