/**
 * Authoring in the browser as a service: drafts stored beside the published bank, the four-eyes review that
 * publishes a new immutable revision, retirement, comparisons, bulk tags, and the export that writes web changes
 * back into the bank files. The rules it follows are the pure ones in {@code bank.authoring}.
 *
 * <p>{@link org.ketaminetraining.bank.service.authoring.JpaAuthoringService} is the one entry: each method checks the
 * caller (EDUCATOR or ADMIN, as stored now) and runs one transaction, handing the work to a class per reason to
 * change: {@code DraftWorkflow} (open, save, submit, discard), {@code ReviewWorkflow} (approve, return, retire,
 * reinstate), {@code QuestionReader} with {@code QuestionList} (the list, a question's standing, comparisons),
 * {@code TagChanges} and {@code ModuleFileExport}. Those check no caller themselves, so pages never use them (an
 * architecture test).
 */
package org.ketaminetraining.bank.service.authoring;
