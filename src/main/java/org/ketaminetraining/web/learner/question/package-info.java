/**
 * One panel per question type for the study page: each shows the inputs its type needs (labelled radios,
 * checkboxes, selects or text fields, never dragging) and turns what the learner entered into a bank
 * {@link org.ketaminetraining.bank.model.Response}, or reports in words why it cannot; and the written-out
 * answers (the learner's and the right one) for the feedback. Panels read the question through the page's model
 * and never reach a service themselves.
 */
package org.ketaminetraining.web.learner.question;
