/**
 * Command-line entry points for authors and CI. {@link org.ketaminetraining.bank.cli.ValidateBanks} runs exactly
 * the validation the app's import runs, so a green command line means the import will accept the bank.
 */
package org.ketaminetraining.bank.cli;
