package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.web.author.ComparePage;
import org.ketaminetraining.web.author.QuestionDetailPage;

/** Two revisions side by side: changed rows say so in words, and unchanged ones can be hidden by a link. */
class ComparePagesTest extends PageTestBase {

    private String questionWithAChangedOption() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.SINGLE_CHOICE);
        DraftQuestion c = entry.current();
        List<DraftQuestion.Option> options = new java.util.ArrayList<>(c.options());
        DraftQuestion.Option first = options.get(0);
        options.set(0, new DraftQuestion.Option(first.text() + " (reworded)", first.correct(), first.feedback()));
        entry.revisions.add(new DraftQuestion(c.id(), c.moduleId(), c.type(), c.objectiveId(), c.tags(),
                c.difficulty(), c.expectedSeconds(), c.stem(), options, c.trueFalseAnswer(), c.feedbackTrue(),
                c.feedbackFalse(), c.numericAnswer(), c.tolerance(), c.unit(), c.orderingItems(), c.pairs(),
                c.accepted(), c.explanation(), c.references()));
        return entry.key;
    }

    private Document compare(String key, PageParameters extra) {
        signInAs(educatorId);
        tester.startPage(ComparePage.class, extra.add("id", key));
        tester.assertRenderedPage(ComparePage.class);
        return Jsoup.parse(tester.getLastResponseAsString());
    }

    @Test
    void changedRowsAreMarkedInWordsBesideTheTwoTexts() {
        String key = questionWithAChangedOption();
        Document page = compare(key, new PageParameters().add("left", 1).add("right", 2));
        assertThat(page.text()).contains("Comparing revision 1 with revision 2. 1 field differs.");
        Element changed = page.select("#main tbody tr").stream().filter(r -> r.text().contains("options[0].text"))
                .findFirst().orElseThrow();
        assertThat(changed.select(".diff-mark").text()).isEqualTo("Changed");
        assertThat(changed.select("td.diff-text").get(1).text()).endsWith("(reworded)");
        assertThat(changed.select("td.diff-text").get(1).attr("data-label")).isEqualTo("revision 2");
        assertThat(page.select(".diff-mark").eachText()).contains("Same");
    }

    @Test
    void unchangedRowsAreHiddenByALinkThatKeepsTheComparison() {
        String key = questionWithAChangedOption();
        Document all = compare(key, new PageParameters().add("left", 1).add("right", 2));
        String toggle = all.getElementById("toggle-unchanged").attr("href");
        assertThat(toggle).contains("left=1", "right=2", "changes=only");
        Document changes = compare(key, new PageParameters().add("left", 1).add("right", 2).add("changes", "only"));
        assertThat(changes.select("#main tbody tr")).hasSize(1);
        assertThat(changes.getElementById("toggle-unchanged").text()).isEqualTo("Show every field");
    }

    @Test
    void theOpenDraftIsComparedAsRevisionZero() {
        FakeAuthoring.Entry entry = authoring.firstOf(QuestionType.NUMERIC);
        DraftQuestion c = entry.current();
        authoring.draft(entry.key, new DraftQuestion(c.id(), c.moduleId(), c.type(), c.objectiveId(), c.tags(),
                c.difficulty(), c.expectedSeconds(), c.stem(), c.options(), c.trueFalseAnswer(), c.feedbackTrue(),
                c.feedbackFalse(), "99", c.tolerance(), c.unit(), c.orderingItems(), c.pairs(), c.accepted(),
                c.explanation(), c.references()), "educator", DraftStatus.DRAFT);
        Document page = compare(entry.key, new PageParameters().add("left", 1).add("right", 0).add("changes",
                "only"));
        assertThat(page.text()).contains("Comparing revision 1 with the open draft.");
        assertThat(page.select("#main tbody tr th").eachText()).containsExactly("numericAnswer");
    }

    @Test
    void aRevisionThatDoesNotExistLeadsBackToTheQuestion() {
        String key = authoring.firstOf(QuestionType.MATCHING).key;
        signInAs(educatorId);
        tester.startPage(ComparePage.class, new PageParameters().add("id", key).add("left", 1).add("right", 7));
        tester.assertRenderedPage(QuestionDetailPage.class);
        assertThat(tester.getLastResponseAsString()).contains("has no revision 7");
    }
}
