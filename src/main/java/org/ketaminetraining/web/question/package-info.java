/**
 * One panel per question type for the study and assessment pages: each shows the inputs its type needs (labelled
 * radios, checkboxes, selects or text fields, never dragging), starting from an answer saved earlier, and turns
 * what the learner entered into a bank {@link org.ketaminetraining.bank.model.Response}, or reports in words why it
 * cannot; and the pieces of graded feedback: the written-out answers (the learner's and the right one) and the
 * references. Panels read the question through the page's model of a {@link
 * org.ketaminetraining.web.question.ShownQuestion} and never reach a service themselves.
 */
package org.ketaminetraining.web.question;
