/**
 * The immutable question-bank model: modules, objectives, questions with their typed answer data, the tag
 * vocabulary and the curriculum of programmes.
 *
 * <p>Every type here is a value: records and enums without setters, lists copied on the way in. The
 * {@link org.ketaminetraining.bank.model.AnswerSpec} of a question knows how to decide whether a learner's
 * {@link org.ketaminetraining.bank.model.Response} is correct, so grading rules live next to the data they judge.
 *
 * <p>The records enforce only what makes them usable (no nulls, consistent shapes); the bank rules (an objective
 * exists, a reference is present, options are unique) are the validator's job, because an importer may build a
 * draft question that an author still has to complete.
 */
package org.ketaminetraining.bank.model;
