/**
 * Content fingerprints of questions, so a revisioned import can tell an unchanged question from a changed one.
 *
 * <p>The fingerprint is a SHA-256 over a canonical serialisation of everything a learner sees or that decides
 * whether an answer is right. YAML layout, comments, key order and quoting do not reach the model, so they cannot
 * change it; filing metadata (objective, tags, difficulty, expected time) is deliberately left out, because moving a
 * question to another objective does not invalidate the reviews learners made of it.
 */
package org.ketaminetraining.bank.fingerprint;
