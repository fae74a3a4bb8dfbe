/**
 * Authoring in the browser, as pure rules: the editor's working copy of a question ({@link
 * org.ketaminetraining.bank.authoring.DraftQuestion}), checking it with the bank's own parser and naming the field
 * at fault, the four-eyes review rules, and the comparison of two revisions. No server, page or database here: the
 * service in {@code bank.service.authoring} stores drafts and publishes revisions by these rules.
 */
package org.ketaminetraining.bank.authoring;
