/**
 * Grading of a learner's response against a question: right or wrong, plus the author's feedback for what the
 * learner chose. The rules themselves live on the answer records in {@code model}; this package adds what a screen
 * needs after an answer, and nothing about ratings or schedules, which belong to the study capability.
 */
package org.ketaminetraining.bank.grading;
