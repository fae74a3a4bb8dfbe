package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.web.author.QuestionDetailPage;
import org.ketaminetraining.web.author.QuestionEditPage;
import org.ketaminetraining.web.author.QuestionListPage;

/**
 * The editor of every question type, on the in-memory service that checks drafts with the file import's own rules:
 * a valid save, an invalid one (the problem at its input, tied to it with aria-describedby and aria-invalid, and in
 * the summary linking to it), and the preview, rendered as trainees see it.
 */
class QuestionEditorPagesTest extends PageTestBase {

    private static final String TYPE_FIELDS = "fields:typeFields:";

    /** What breaks each type, the field the problem must be shown at, and words of its message. */
    private record Break(Map<String, String> values, String field, String message) {
    }

    private static Break breakOf(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> new Break(Map.of(TYPE_FIELDS + "options:group:rows:0:row:correct", "true",
                    TYPE_FIELDS + "options:group:rows:1:row:correct", "true"), "options",
                    "needs exactly one correct option");
            case MULTIPLE_RESPONSE -> new Break(Map.of(TYPE_FIELDS + "options:group:rows:0:row:text",
                    "Observe for <script>alert(1)</script>"), "options[0].text", "raw HTML");
            case TRUE_FALSE -> new Break(Map.of(TYPE_FIELDS + "trueFalse:feedbackTrue",
                    "<script>alert(1)</script>"), "feedbackTrue", "raw HTML");
            case NUMERIC -> new Break(Map.of(TYPE_FIELDS + "numeric:tolerance", "abc"), "tolerance",
                    "must be a decimal number, found the text 'abc'");
            case ORDERING -> new Break(Map.of(TYPE_FIELDS + "ordering:group:rows:1:row:text", "Same item",
                    TYPE_FIELDS + "ordering:group:rows:0:row:text", "Same item"), "orderingItems[1]",
                    "Item 2 repeats item 1");
            case MATCHING -> new Break(Map.of(TYPE_FIELDS + "matching:group:rows:1:row:right", "Same right",
                    TYPE_FIELDS + "matching:group:rows:0:row:right", "Same right"), "pairs[1].right", "repeats pair 1");
            case SHORT_TEXT -> new Break(Map.of(TYPE_FIELDS + "accepted:group:rows:0:row:text", ""), "accepted[0]",
                    "Accepted answer 1 is empty");
        };
    }

    private String openEditorOf(QuestionType type) {
        String key = authoring.firstOf(type).key;
        signInAs(educatorId);
        tester.startPage(QuestionEditPage.class, new PageParameters().add("id", key));
        tester.assertRenderedPage(QuestionEditPage.class);
        return key;
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void aValidSaveStoresTheDraftAndSaysItIsComplete(QuestionType type) {
        String key = openEditorOf(type);
        String stem = authoring.entry(key).current().stem();
        FormTester form = form("editor");
        form.setValue("fields:stem", stem + " Edited.");
        form.submit("save");

        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Done: Draft saved. It is complete: it can go to review.")
                .doesNotContain("aria-invalid");
        FakeAuthoring.Draft draft = authoring.entry(key).draft().orElseThrow();
        assertThat(draft.content().stem()).isEqualTo(stem + " Edited.");
        assertThat(draft.content().type()).isEqualTo(type);
        assertThat(draft.authors()).containsExactly("educator");
        assertThat(authoring.entry(key).published()).as("saving never publishes").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void anInvalidSaveShowsTheProblemAtItsInputTiedToIt(QuestionType type) {
        String key = openEditorOf(type);
        Break broken = breakOf(type);
        FormTester form = form("editor");
        broken.values().forEach(form::setValue);
        form.submit("save");

        Document page = Jsoup.parse(tester.getLastResponseAsString());
        String id = "draft-" + broken.field().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
        Element input = page.getElementById(id);
        assertThat(input).as("the input of %s", broken.field()).isNotNull();
        assertThat(input.attr("aria-invalid")).isEqualTo("true");
        assertThat(input.attr("aria-describedby").split(" ")).contains(id + "-error");
        Element error = page.getElementById(id + "-error");
        assertThat(error.text()).as("the error under %s", broken.field()).isNotBlank().containsIgnoringCase(
                broken.message());
        Element summary = page.getElementById("problem-summary");
        assertThat(summary.select("a[href=#" + id + "]").text()).contains(error.text().replace("Error: ", ""));
        assertThat(page.text()).contains("Draft saved.", "see the list above the form");
        assertThat(authoring.entry(key).draft()).as("an incomplete draft is saved all the same").isPresent();
    }

    /** A Markdown field of each type's own answer part, where the preview must render it as trainees see it. */
    private static String markdownFieldOf(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> TYPE_FIELDS + "options:group:rows:0:row:text";
            case MULTIPLE_RESPONSE -> TYPE_FIELDS + "options:group:rows:1:row:feedback";
            case TRUE_FALSE -> TYPE_FIELDS + "trueFalse:feedbackFalse";
            case NUMERIC -> "fields:explanation";
            case ORDERING -> TYPE_FIELDS + "ordering:group:rows:2:row:text";
            case MATCHING -> TYPE_FIELDS + "matching:group:rows:0:row:left";
            case SHORT_TEXT -> "fields:explanation";
        };
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void thePreviewButtonRendersMarkdownAsTraineesSeeItAndNeverRunsAScript(QuestionType type) {
        String key = openEditorOf(type);
        FormTester form = form("editor");
        form.setValue("fields:stem", "Give **0.5 mg/kg** <script>alert('stem')</script>");
        form.setValue(markdownFieldOf(type), "An *emphasised* part <script>alert('part')</script>");
        form.submit("preview");

        Element preview = Jsoup.parse(tester.getLastResponseAsString()).selectFirst(".draft-preview");
        assertThat(preview.select(".question-stem strong").text()).isEqualTo("0.5 mg/kg");
        assertThat(preview.select("em").eachText()).contains("emphasised");
        assertThat(preview.select("script")).isEmpty();
        assertThat(preview.text()).contains("<script>alert('stem')</script>", "<script>alert('part')</script>");
        assertThat(authoring.entry(key).draft()).as("a preview saves nothing").isEmpty();
    }

    @Test
    void typingUpdatesThePreviewThroughAjaxWithTheSameRenderer() {
        openEditorOf(QuestionType.NUMERIC);
        Component stem = tester.getComponentFromLastRenderedPage("editor:fields:stem");
        form("editor").setValue("fields:stem", "A **bold** dose <img src=x onerror=alert(1)>");
        tester.executeAjaxEvent(stem, "input");

        String ajax = tester.getLastResponseAsString();
        assertThat(ajax).startsWith("<?xml").contains("<strong>bold</strong>", "&lt;img src").doesNotContain("<img");
        assertThat(((FormComponent<?>) stem).getModelObject())
                .isEqualTo("A **bold** dose <img src=x onerror=alert(1)>");
    }

    @Test
    void aNewQuestionIsWrittenSavedAndSentToReview() {
        signInAs(educatorId);
        tester.startPage(QuestionListPage.class, new PageParameters().add("module", "dosing"));
        FormTester choose = form("newQuestion:form");
        choose.select("newType", QuestionType.NUMERIC.ordinal());
        choose.submit();
        tester.assertRenderedPage(QuestionEditPage.class);
        String html = tester.getLastResponseAsString();
        String key = Jsoup.parse(html).selectFirst("h1").text().replace("New question ", "");
        assertThat(key).startsWith("dose-");
        assertThat(authoring.entries).as("nothing is stored before the first save").doesNotContainKey(key);

        FormTester form = form("editor");
        form.select("fields:objective", 1);
        form.setValue("fields:stem", "A 70 kg patient is to receive **0.5 mg/kg**. What dose is that?");
        form.setValue(TYPE_FIELDS + "numeric:answer", "35");
        form.setValue(TYPE_FIELDS + "numeric:tolerance", "0");
        form.setValue(TYPE_FIELDS + "numeric:unit", "mg");
        form.setValue("fields:explanation", "0.5 mg/kg x 70 kg = 35 mg.");
        form.submit("save");
        Document saved = Jsoup.parse(tester.getLastResponseAsString());
        assertThat(saved.text()).contains("Draft saved. 2 problems still stop it from going to review");
        assertThat(saved.getElementById("draft-references-0-title-error").text()).isNotBlank();
        assertThat(authoring.entries).containsKey(key);
        form = form("editor");
        form.setValue("fields:references:group:rows:0:row:title", "Ketamine facts");
        form.setValue("fields:references:group:rows:0:row:citation", "Fact base S20c");
        form.submit("submit");

        tester.assertRenderedPage(QuestionDetailPage.class);
        assertThat(tester.getLastResponseAsString()).contains("Question " + key + " was sent to review.");
        FakeAuthoring.Draft draft = authoring.entry(key).draft().orElseThrow();
        assertThat(draft.status()).isEqualTo(DraftStatus.IN_REVIEW);
        assertThat(draft.content().numericAnswer()).isEqualTo("35");
        assertThat(draft.content().references()).containsExactly(new DraftQuestion.Reference("Ketamine facts", "",
                "Fact base S20c"));
    }

    @Test
    void optionsAreAddedMovedAndRemovedKeepingWhatWasTyped() {
        String key = openEditorOf(QuestionType.SINGLE_CHOICE);
        List<DraftQuestion.Option> before = authoring.entry(key).current().options();
        FormTester form = form("editor");
        form.setValue(TYPE_FIELDS + "options:group:rows:0:row:feedback", "Typed before adding");
        form.submit(TYPE_FIELDS + "options:group:add");
        form = form("editor");
        int added = before.size();
        form.setValue(TYPE_FIELDS + "options:group:rows:" + added + ":row:text", "A new option");
        form.submit(TYPE_FIELDS + "options:group:rows:" + added + ":up");
        form = form("editor");
        form.submit(TYPE_FIELDS + "options:group:rows:0:remove");
        form = form("editor");
        form.submit("save");

        List<DraftQuestion.Option> after = authoring.entry(key).draft().orElseThrow().content().options();
        assertThat(after).hasSize(before.size());
        assertThat(after.get(after.size() - 2).text()).isEqualTo("A new option");
        assertThat(after).extracting(DraftQuestion.Option::feedback).doesNotContain("Typed before adding");
        assertThat(after.get(0).text()).isEqualTo(before.get(1).text());
        Document page = Jsoup.parse(tester.getLastResponseAsString());
        assertThat(page.select("button:contains(Remove)").eachText()).contains("Remove: option 1");
    }

    @Test
    void changingTheTypeKeepsWhatWasWrittenForTheOtherType() {
        String key = openEditorOf(QuestionType.SINGLE_CHOICE);
        List<DraftQuestion.Option> options = authoring.entry(key).current().options();
        FormTester form = form("editor");
        form.select("fields:type", QuestionType.NUMERIC.ordinal());
        form.submit("fields:changeType");
        tester.assertVisible("editor:fields:typeFields:numeric");
        tester.assertInvisible("editor:fields:typeFields:options");
        form = form("editor");
        form.setValue(TYPE_FIELDS + "numeric:answer", "12");
        form.submit("save");
        DraftQuestion saved = authoring.entry(key).draft().orElseThrow().content();
        assertThat(saved.type()).isEqualTo(QuestionType.NUMERIC);
        assertThat(saved.numericAnswer()).isEqualTo("12");
        assertThat(saved.options()).as("the options wait for a change back").isEqualTo(options);
    }

    @Test
    void aSaveOverSomeoneElsesIsRefusedAndNothingIsLost() {
        String key = openEditorOf(QuestionType.TRUE_FALSE);
        authoring.draft(key, authoring.entry(key).current(), "other.educator", DraftStatus.DRAFT);
        FormTester form = form("editor");
        form.setValue("fields:stem", "My change");
        form.submit("save");
        Document page = Jsoup.parse(tester.getLastResponseAsString());
        assertThat(page.getElementById("problem-summary").text()).contains("changed by other.educator");
        assertThat(authoring.entry(key).draft().orElseThrow().content().stem()).isNotEqualTo("My change");
        assertThat(page.getElementById("draft-stem").text()).isEqualTo("My change");
    }

    @Test
    void anOverlongStemIsRefusedAtTheFieldBeforeAnythingIsStored() {
        String key = openEditorOf(QuestionType.NUMERIC);
        FormTester form = form("editor");
        form.setValue("fields:stem", "x".repeat(8_001));
        form.submit("save");
        Document page = Jsoup.parse(tester.getLastResponseAsString());
        assertThat(page.getElementById("draft-stem-error").text()).contains("at most 8000 characters");
        assertThat(page.getElementById("draft-stem").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("draft-stem").attr("maxlength")).isEqualTo("8000");
        assertThat(authoring.entry(key).draft()).isEmpty();
    }

    @Test
    void aDraftInReviewIsShownDisabledAndSaysWhy() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.MATCHING);
        authoring.draft(entry.key, entry.current(), "educator", DraftStatus.IN_REVIEW);
        signInAs(educatorId);
        tester.startPage(QuestionEditPage.class, new PageParameters().add("id", entry.key));
        Document page = Jsoup.parse(tester.getLastResponseAsString());
        assertThat(page.text()).contains("This draft is in review, so it cannot be changed now.");
        assertThat(page.getElementById("save-draft").hasAttr("disabled")).isTrue();
        assertThat(page.getElementById("draft-stem").hasAttr("disabled")).isTrue();
    }

    @Test
    void aReturnedDraftShowsTheReviewersComment() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.ORDERING);
        authoring.draft(entry.key, entry.current(), "educator", DraftStatus.DRAFT).returnComment =
                "Cite the fact base {0} for the order, and don't guess.";
        signInAs(educatorId);
        tester.startPage(QuestionEditPage.class, new PageParameters().add("id", entry.key));
        assertThat(Jsoup.parse(tester.getLastResponseAsString()).text()).contains("Returned by the reviewer",
                "Cite the fact base {0} for the order, and don't guess.");
    }

    @Test
    void aDraftWhoseModuleIsGoneStillOpensAndSaysSo() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.NUMERIC);
        DraftQuestion c = entry.current();
        authoring.draft(entry.key, new DraftQuestion(c.id(), "withdrawn-module", c.type(), c.objectiveId(), c.tags(),
                c.difficulty(), c.expectedSeconds(), c.stem(), c.options(), c.trueFalseAnswer(), c.feedbackTrue(),
                c.feedbackFalse(), c.numericAnswer(), c.tolerance(), c.unit(), c.orderingItems(), c.pairs(),
                c.accepted(), c.explanation(), c.references()), "educator", DraftStatus.DRAFT);
        signInAs(educatorId);
        tester.startPage(QuestionEditPage.class, new PageParameters().add("id", entry.key));
        tester.assertRenderedPage(QuestionEditPage.class);
        form("editor").submit("save");
        assertThat(Jsoup.parse(tester.getLastResponseAsString()).getElementById("problem-summary").text())
                .contains("Choose one of the bank's modules.");
    }
}
