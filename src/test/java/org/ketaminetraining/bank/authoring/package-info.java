/** Tests of the pure authoring rules: checking drafts, storing them, the review workflow, diffs and ids. */
package org.ketaminetraining.bank.authoring;
