/**
 * Revision rules for importing a bank over the one already stored: which questions are new, which changed (a new
 * immutable revision), which are unchanged, and which disappeared from the files (retired, never deleted). Pure.
 */
package org.ketaminetraining.bank.revision;
