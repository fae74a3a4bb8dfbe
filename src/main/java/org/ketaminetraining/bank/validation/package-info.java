/**
 * Problems found in a bank and the rules that need more than one file to check.
 *
 * <p>A {@link org.ketaminetraining.bank.validation.Problem} is always a place and a sentence, printed as
 * {@code file:line:column: message} so editors and terminals can jump to it. Validation never stops at the first
 * problem: an author fixing 200 questions wants the whole list in one run.
 */
package org.ketaminetraining.bank.validation;
