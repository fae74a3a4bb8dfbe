package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.web.author.QuestionEditPage;
import org.ketaminetraining.web.author.QuestionListPage;

/**
 * The question list: filters that end up in the URL (so a filtered list is a link), sort and pages, the module
 * counts, bulk tags on the checked rows, the review queue, a new question and the export of web changes.
 */
class QuestionListPagesTest extends PageTestBase {

    @BeforeEach
    void signIn() {
        signInAs(educatorId);
    }

    private Document page() {
        return Jsoup.parse(tester.getLastResponseAsString());
    }

    /** The question ids of the table's rows, in order. */
    private List<String> rowIds() {
        return page().select("#questions-table tbody th[scope=row] a").eachText();
    }

    @Test
    void theFilterFormLeadsToALinkThatShowsOnlyWhatMatches() {
        tester.startPage(QuestionListPage.class, new PageParameters().add("module", "contraindications-interactions"));
        FormTester form = form("filters");
        form.setValue("filterText", "Esketamine");
        form.select("filterType", QuestionType.MULTIPLE_RESPONSE.ordinal());
        form.submit();

        tester.assertRenderedPage(QuestionListPage.class);
        PageParameters shown = tester.getLastRenderedPage().getPageParameters();
        assertThat(shown.get("module").toString()).isEqualTo("contraindications-interactions");
        assertThat(shown.get("q").toString()).isEqualTo("Esketamine");
        assertThat(shown.get("type").toString()).isEqualTo("multiple_response");
        List<String> ids = rowIds();
        assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith("contra-"));
        assertThat(ids).allSatisfy(id -> {
            FakeAuthoring.Entry e = authoring.entry(id);
            assertThat(e.current().type()).isEqualTo(QuestionType.MULTIPLE_RESPONSE);
            assertThat(e.current().stem().toLowerCase() + e.current().options()).containsIgnoringCase("esketamine");
        });
        assertThat(page().getElementById("questions-count").text()).startsWith(ids.size() + " question");
        assertThat(page().getElementById("filter-q").val()).isEqualTo("Esketamine");
        assertThat(page().select("#filter-type option[selected]").text()).isEqualTo("Multiple response");
    }

    @Test
    void tagSafetyAndStatusFiltersAreReadFromTheAddress() {
        FakeAuthoring.Entry retired = authoring.firstOf(QuestionType.NUMERIC);
        retired.retired = true;
        tester.startPage(QuestionListPage.class, new PageParameters().add("tag", "calculation").add("safety", "yes")
                .add("status", "published"));
        List<String> ids = rowIds();
        assertThat(ids).isNotEmpty().doesNotContain(retired.key).allSatisfy(id -> assertThat(
                authoring.entry(id).current().tags()).contains("calculation", Question.SAFETY_CRITICAL_TAG));

        tester.startPage(QuestionListPage.class, new PageParameters().add("status", "retired"));
        assertThat(rowIds()).containsExactly(retired.key);
        assertThat(page().select("#questions-table tbody td[data-label=Status]").text()).isEqualTo(
                "Retired (revision 1)");
        tester.startPage(QuestionListPage.class, new PageParameters().add("type", "no-such-type")
                .add("page", "x".repeat(500)));
        assertThat(page().getElementById("questions-count").text()).startsWith(authoring.entries.size()
                + " questions match. Showing 1 to 25.");
    }

    @Test
    void columnsSortByLinksAndPagesAreLinksToo() {
        tester.startPage(QuestionListPage.class);
        Element idHeader = page().select("#questions-table thead th[aria-sort]").first();
        assertThat(idHeader.text()).startsWith("Id");
        assertThat(idHeader.attr("aria-sort")).isEqualTo("ascending");
        assertThat(idHeader.selectFirst("a").attr("href")).endsWith("questions?dir=desc");
        List<String> first = rowIds();
        assertThat(first).isSorted().hasSize(25);

        tester.startPage(QuestionListPage.class, new PageParameters().add("dir", "desc").add("page", 2));
        assertThat(rowIds()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page().getElementById("questions-count").text()).endsWith("Showing 26 to 50.");
        assertThat(page().getElementById("questions-previous").attr("href")).contains("dir=desc")
                .doesNotContain("page=");
        assertThat(page().getElementById("questions-next").attr("href")).contains("dir=desc", "page=3");
    }

    @Test
    void theModulesShowTheirCountsAndOpenTheirQuestions() {
        FakeAuthoring.Entry inReview = authoring.entry("dose-001");
        authoring.draft(inReview.key, inReview.current(), "educator", DraftStatus.IN_REVIEW);
        tester.startPage(QuestionListPage.class, new PageParameters().add("module", "dosing"));
        Element dosing = page().select("table.module-counts tbody tr").stream()
                .filter(row -> row.text().contains("dosing")).findFirst().orElseThrow();
        assertThat(dosing.selectFirst("a").attr("aria-current")).isEqualTo("page");
        assertThat(dosing.select("td[data-label=In review]").text()).isEqualTo("1");
        assertThat(page().selectFirst("h2#list-heading").text()).isEqualTo("Questions of Dosing");
        assertThat(rowIds()).allMatch(id -> authoring.entry(id).module.equals("dosing"));
        assertThat(page().getElementById("review-queue").text()).isEqualTo("Review queue (1 waiting)");

        tester.clickLink("reviewQueue");
        assertThat(rowIds()).containsExactly("dose-001");
    }

    @Test
    void aTagIsAddedToTheCheckedQuestionsAndOneInReviewIsLeftAloneWithItsReason() {
        tester.startPage(QuestionListPage.class, new PageParameters().add("module", "dosing"));
        List<String> ids = rowIds();
        String inReview = ids.get(2);
        authoring.draft(inReview, authoring.entry(inReview).current(), "someone", DraftStatus.IN_REVIEW);
        String already = ids.get(1);
        authoring.entry(already).revisions.set(0, FakeAuthoring.withTag(authoring.entry(already).current(),
                "high-alert", true));
        FormTester form = form("bulk");
        form.selectMultiple("selected", new int[]{0, 1, 2});
        form.select("tag", authoring.tagVocabulary(people.user(educatorId)).stream().map(c -> c.id()).toList()
                .indexOf("high-alert"));
        form.submit("addTag");

        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Done: Added the tag high-alert to 1 question: " + ids.get(0) + ".",
                "1 question already had the tag high-alert: " + already + ".",
                "Warning: 1 question was left alone: " + inReview + ": its draft is in review.");
        assertThat(authoring.entry(ids.get(0)).current().tags()).contains("high-alert");
        assertThat(authoring.entry(ids.get(0)).published()).isEqualTo(2);
        assertThat(authoring.entry(inReview).current().tags()).doesNotContain("high-alert");
        assertThat(page().getElementById("export-button")).as("the change waits for export").isNotNull();
    }

    @Test
    void withoutATagOrACheckedRowNothingIsChangedAndTheFormSaysWhy() {
        tester.startPage(QuestionListPage.class);
        FormTester form = form("bulk");
        form.select("tag", 0);
        form.submit("addTag");
        assertThat(page().text()).contains("Check the questions to change first");

        tester.startPage(QuestionListPage.class);
        form = form("bulk");
        form.selectMultiple("selected", new int[]{0});
        form.submit("removeTag");
        Element tag = page().getElementById("bulk-tag");
        assertThat(tag.attr("aria-invalid")).isEqualTo("true");
        assertThat(tag.attr("aria-describedby")).contains("tag-error");
        assertThat(page().getElementById("tag-error").text()).contains("Choose the tag to add or remove.");
        assertThat(authoring.entries.values()).allMatch(e -> e.published() == 1);
    }

    @Test
    void webChangesAreExportedFromTheList() {
        FakeAuthoring.Entry changed = authoring.firstOf(QuestionType.ORDERING);
        changed.pendingExport = true;
        tester.startPage(QuestionListPage.class);
        assertThat(page().text()).contains("1 question published in the browser (" + changed.key + ") is not in "
                + "the bank files of 1 module (" + changed.module + ") yet.");
        form("export:form").submit();
        assertThat(page().text()).contains("Done: Exported: wrote 1 file (" + changed.module + ".yaml); reading "
                + "them back changed nothing.", "Nothing to export: the bank files hold everything published.");
        assertThat(authoring.exports).containsExactly(List.of(changed.module + ".yaml"));
    }

    @Test
    void aNewQuestionOpensTheEditorWithRowsToFillForItsType() {
        tester.startPage(QuestionListPage.class, new PageParameters().add("module", "mechanism"));
        FormTester form = form("newQuestion:form");
        form.select("newType", QuestionType.SINGLE_CHOICE.ordinal());
        form.submit();
        tester.assertRenderedPage(QuestionEditPage.class);
        Document editor = page();
        assertThat(editor.selectFirst("h1").text()).matches("New question mech-\\d{3}");
        assertThat(editor.select("textarea[id~=draft-options-\\d-text]")).hasSize(4);
        assertThat(editor.select("input[id=draft-references-0-title]")).hasSize(1);
        assertThat(editor.text()).contains("A new question, not saved yet.");
    }

    @Test
    void aNewQuestionNeedsAModuleAndAType() {
        tester.startPage(QuestionListPage.class);
        form("newQuestion:form").submit();
        tester.assertRenderedPage(QuestionListPage.class);
        assertThat(page().getElementById("newModule-error").text()).contains("Enter Module.");
        assertThat(page().getElementById("new-module").attr("aria-invalid")).isEqualTo("true");
        assertThat(page().getElementById("newType-error").text()).contains("Enter Type.");
    }
}
