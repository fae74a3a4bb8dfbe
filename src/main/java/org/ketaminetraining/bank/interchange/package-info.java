/**
 * Exchange of questions with Moodle: GIFT text in {@code gift} and Moodle XML in {@code moodlexml}.
 *
 * <p>Imports produce draft {@link org.ketaminetraining.bank.model.Question}s plus problems with line numbers; a
 * question that cannot be represented is reported, never silently dropped. Drafts still have to pass bank
 * validation (write them with {@code BankYamlWriter} and run the validator), because Moodle has no place for an
 * objective or references. Exports carry those bank-only fields in GIFT comments and in Moodle XML tags and extra
 * elements, so a bank-to-Moodle-format-to-bank round trip through this code loses nothing; a trip through Moodle
 * itself loses what Moodle drops.
 */
package org.ketaminetraining.bank.interchange;
