/**
 * Authoring in the browser as a service: drafts stored beside the published bank, the four-eyes review that
 * publishes a new immutable revision, retirement, comparisons, bulk tags, and the export that writes web changes
 * back into the bank files. Every method checks the caller's role itself; the rules it follows are the pure ones in
 * {@code bank.authoring}.
 */
package org.ketaminetraining.bank.service.authoring;
