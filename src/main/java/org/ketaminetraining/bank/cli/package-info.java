/**
 * Command-line entry points for authors and CI. {@link org.ketaminetraining.bank.cli.ValidateBanks} runs exactly
 * the validation the app's import runs, so a green command line means the import will accept the bank.
 * {@link org.ketaminetraining.bank.cli.Interchange} exports a valid bank to GIFT, Moodle XML or a fresh bank
 * directory, and imports GIFT or Moodle XML into a module file of drafts for the validator to complete.
 */
package org.ketaminetraining.bank.cli;
