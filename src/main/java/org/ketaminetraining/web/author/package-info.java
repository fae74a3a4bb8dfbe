/**
 * Pages for educators (and administrators) about the question banks and the questions in them: the banks' imports,
 * and authoring in the browser (the question list with its filters and bulk tags, a question's standing and
 * four-eyes workflow, the editor of every question type with its preview, and the comparison of revisions). Pages
 * hold ids and their own form state; the authoring service decides and stores everything.
 */
package org.ketaminetraining.web.author;
