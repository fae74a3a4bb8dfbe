package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.web.author.ComparePage;
import org.ketaminetraining.web.author.QuestionDetailPage;
import org.ketaminetraining.web.author.QuestionEditPage;
import org.ketaminetraining.web.author.QuestionListPage;

/**
 * A question's page in each state, and the four-eyes workflow from it: what is offered when, and that the service's
 * refusal (an author approving their own draft) is shown in words rather than the button being hidden.
 */
class QuestionDetailPagesTest extends PageTestBase {

    private Document open(String key, long accountId) {
        signInAs(accountId);
        tester.startPage(QuestionDetailPage.class, new PageParameters().add("id", key));
        tester.assertRenderedPage(QuestionDetailPage.class);
        return page();
    }

    private Document page() {
        return Jsoup.parse(tester.getLastResponseAsString());
    }

    private static DraftQuestion withStem(DraftQuestion c, String stem) {
        return new DraftQuestion(c.id(), c.moduleId(), c.type(), c.objectiveId(), c.tags(), c.difficulty(),
                c.expectedSeconds(), stem, c.options(), c.trueFalseAnswer(), c.feedbackTrue(), c.feedbackFalse(),
                c.numericAnswer(), c.tolerance(), c.unit(), c.orderingItems(), c.pairs(), c.accepted(),
                c.explanation(), c.references());
    }

    @Test
    void aPublishedQuestionShowsItsContentAsTraineesSeeItItsRevisionsAndUse() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.SINGLE_CHOICE);
        entry.revisions.set(0, withStem(entry.current(), "Which is **right**? <script>alert(1)</script>"));
        Document page = open(entry.key, educatorId);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Question " + entry.key);
        assertThat(page.text()).contains("Published, revision 1", "12 study reviews, 3 assessment items",
                "Studied in Ketamine safety", "Drawn in the assessment of Ketamine safety: 3 of 24 items from this"
                        + " module",
                "As trainees see it (revision 1)");
        Element preview = page.selectFirst(".draft-preview");
        assertThat(preview.select(".question-stem strong").text()).isEqualTo("right");
        assertThat(preview.select("script")).isEmpty();
        assertThat(preview.select(".preview-correct")).hasSize(1);
        assertThat(page.getElementById("edit-question").text()).isEqualTo("Edit (starts a draft)");
        assertThat(page.getElementById("retire-question")).isNotNull();
        assertThat(page.getElementById("reinstate-question")).isNull();
        assertThat(page.getElementById("draft-heading")).as("no draft, no draft section").isNull();
        assertThat(page.getElementById("compare-button")).as("one revision: nothing to compare").isNull();
    }

    @Test
    void aDraftBeingWrittenIsSubmittedAndAnIncompleteOneIsRefusedWithItsProblems() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.NUMERIC);
        DraftQuestion c = entry.current();
        authoring.draft(entry.key, new DraftQuestion(c.id(), c.moduleId(), c.type(), c.objectiveId(), c.tags(),
                c.difficulty(), c.expectedSeconds(), c.stem(), c.options(), "", "", "", c.numericAnswer(), "abc",
                c.unit(), c.orderingItems(), c.pairs(), c.accepted(), c.explanation(), c.references()), "educator",
                DraftStatus.DRAFT);
        Document page = open(entry.key, educatorId);
        assertThat(page.text()).contains("Draft being written", "Published revision 1", "1 problem stops it from "
                + "going to review");
        assertThat(page.getElementById("approve-draft")).isNull();
        form("draft:submitForm").submit("submit");
        assertThat(page().text()).contains("This draft cannot go to review yet", "Edit the draft to see each "
                + "problem at its field.");
        assertThat(authoring.entry(entry.key).draft().orElseThrow().status()).isEqualTo(DraftStatus.DRAFT);

        authoring.entry(entry.key).draft().orElseThrow().content = c;
        open(entry.key, educatorId);
        form("draft:submitForm").submit("submit");
        assertThat(page().text()).contains("Done: Question " + entry.key + " was sent to review.", "In review");
        assertThat(authoring.entry(entry.key).draft().orElseThrow().status()).isEqualTo(DraftStatus.IN_REVIEW);
        assertThat(page().getElementById("edit-question")).as("a draft in review is not edited").isNull();
    }

    @Test
    void theAuthorIsToldAndRefusedWhileAnotherEducatorApprovesWithAComment() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.MATCHING);
        authoring.draft(entry.key, withStem(entry.current(), "A better stem"), "educator", DraftStatus.IN_REVIEW);
        Document page = open(entry.key, educatorId);
        assertThat(page.text()).contains("You wrote or edited this draft, so another educator must review it");
        assertThat(page.getElementById("approve-draft")).as("shown, and refused by the service").isNotNull();
        form("draft:reviewForm").submit("approve");
        assertThat(page().text()).contains("another educator", "approve");
        assertThat(authoring.entry(entry.key).published()).isEqualTo(1);

        long reviewer = people.add("reviewer", "reviewer-password-1", Set.of(Role.EDUCATOR));
        page = open(entry.key, reviewer);
        assertThat(page.text()).doesNotContain("You wrote or edited this draft");
        FormTester review = form("draft:reviewForm");
        review.setValue("comment", "Checked against the fact base.");
        review.submit("approve");
        tester.assertRenderedPage(QuestionDetailPage.class);
        assertThat(page().text()).contains("Done: Question " + entry.key + " was published as its next revision.",
                "Published, revision 2", "Checked against the fact base.", "Published in the browser and not yet "
                        + "exported");
        assertThat(authoring.entry(entry.key).current().stem()).isEqualTo("A better stem");
        assertThat(authoring.entry(entry.key).draft()).isEmpty();
        assertThat(page().getElementById("compare-button")).isNotNull();
    }

    @Test
    void returningNeedsACommentWhichTheAuthorsThenSee() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.SHORT_TEXT);
        authoring.draft(entry.key, entry.current(), "educator", DraftStatus.IN_REVIEW);
        open(entry.key, adminId);
        form("draft:reviewForm").submit("return");
        Document page = page();
        Element comment = page.getElementById("review-comment");
        assertThat(comment.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("comment-error").text()).contains("Write a comment");
        assertThat(authoring.entry(entry.key).draft().orElseThrow().status()).isEqualTo(DraftStatus.IN_REVIEW);

        FormTester review = form("draft:reviewForm");
        review.setValue("comment", "Accept 'ketamine' spelt with a K only.");
        review.submit("return");
        assertThat(page().text()).contains("was returned to its authors", "Draft being written",
                "Returned by the reviewer:", "Accept 'ketamine' spelt with a K only.");
        assertThat(authoring.entry(entry.key).draft().orElseThrow().status()).isEqualTo(DraftStatus.DRAFT);
    }

    @Test
    void discardingAsksFirstAndANeverPublishedQuestionGoesWithItsDraft() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.TRUE_FALSE);
        authoring.draft(entry.key, withStem(entry.current(), "Changed"), "educator", DraftStatus.DRAFT);
        open(entry.key, educatorId);
        form("draft:discardForm").submit("discard");
        assertThat(page().getElementById("discard-question").text()).contains("Discard the draft of " + entry.key,
                "published revision 1 stays as it is");
        assertThat(authoring.entry(entry.key).draft()).as("asked, not done").isPresent();
        form("draft:discardForm").submit("confirm:no");
        assertThat(page().getElementById("discard-question")).isNull();
        form("draft:discardForm").submit("discard");
        form("draft:discardForm").submit("confirm:yes");
        tester.assertRenderedPage(QuestionDetailPage.class);
        assertThat(page().text()).contains("The draft of " + entry.key + " was discarded.");
        assertThat(authoring.entry(entry.key).draft()).isEmpty();

        DraftQuestion fresh = authoring.newQuestion(people.user(educatorId), entry.module, QuestionType.TRUE_FALSE)
                .content();
        authoring.save(people.user(educatorId), fresh.id(), fresh, 0);
        open(fresh.id(), educatorId);
        assertThat(page().text()).contains("Never published: only a draft exists.", "Nothing: a new question");
        form("draft:discardForm").submit("discard");
        assertThat(page().getElementById("discard-question").text()).contains("the question and its id are "
                + "removed");
        form("draft:discardForm").submit("confirm:yes");
        tester.assertRenderedPage(QuestionListPage.class);
        assertThat(authoring.entries).doesNotContainKey(fresh.id());
    }

    @Test
    void anActionOnADraftChangedSinceThePageShowedItIsRefused() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.NUMERIC);
        authoring.draft(entry.key, entry.current(), "other.educator", DraftStatus.IN_REVIEW);
        open(entry.key, educatorId);
        authoring.entry(entry.key).draft().orElseThrow().content = withStem(entry.current(), "Changed meanwhile");
        authoring.entry(entry.key).draft().orElseThrow().version++;
        form("draft:reviewForm").submit("approve");
        assertThat(page().text()).contains("This draft was changed by other.educator since you opened it.");
        assertThat(authoring.entry(entry.key).published()).isEqualTo(1);
    }

    @Test
    void retiringAndReinstatingAreOfferedByState() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.ORDERING);
        open(entry.key, educatorId);
        form("actions").submit("retire");
        assertThat(page().text()).contains("Question " + entry.key + " is retired", "Retired (revision 1 was the"
                + " last)");
        assertThat(page().getElementById("retire-question")).isNull();
        form("actions").submit("reinstate");
        assertThat(page().text()).contains("Question " + entry.key + " is back in study and assessments.",
                "Published, revision 1");
        assertThat(authoring.entry(entry.key).retired).isFalse();
    }

    @Test
    void copyAsNewOpensTheEditorOfANewQuestionWithTheSameContent() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.MULTIPLE_RESPONSE);
        open(entry.key, educatorId);
        form("actions").submit("copy");
        tester.assertRenderedPage(QuestionEditPage.class);
        Document editor = page();
        assertThat(editor.selectFirst("h1").text()).startsWith("New question ").doesNotContain(entry.key);
        assertThat(editor.getElementById("draft-stem").text()).isEqualTo(entry.current().stem().strip());
    }

    @Test
    void anUnknownQuestionLeadsBackToTheListWithTheReason() {
        signInAs(educatorId);
        tester.startPage(QuestionDetailPage.class, new PageParameters().add("id", "no-such-001"));
        tester.assertRenderedPage(QuestionListPage.class);
        assertThat(page().text()).contains("Error: There is no question no-such-001.");
    }

    @Test
    void theCompareFormIsAPlainGetToTheComparison() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.NUMERIC);
        authoring.draft(entry.key, withStem(entry.current(), "New stem"), "educator", DraftStatus.DRAFT);
        Document page = open(entry.key, educatorId);
        Element compare = page.getElementById("compare-button").parent();
        assertThat(compare.tagName()).isEqualTo("form");
        assertThat(compare.attr("method")).isEqualTo("get");
        assertThat(compare.attr("action")).endsWith(entry.key + "/compare");
        assertThat(compare.select("#compare-left option[selected]").attr("value")).isEqualTo("1");
        assertThat(compare.select("#compare-right option[selected]").attr("value")).isEqualTo("0");
        assertThat(compare.select("#compare-right option[selected]").text()).isEqualTo("Open draft");
        tester.startPage(ComparePage.class, new PageParameters().add("id", entry.key).add("left", 1)
                .add("right", 0));
        tester.assertRenderedPage(ComparePage.class);
    }
}
