package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.wicket.model.Model;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.web.component.MarkdownLabel;

/** A stem of several paragraphs must still be valid inside a legend, which takes phrasing content only. */
class MarkdownLabelTest {

    private final WicketTester tester = new WicketTester(new TestApplication());

    @AfterEach
    void stop() {
        tester.destroy();
    }

    @Test
    void aStemOfTwoParagraphsBecomesTwoBlockSpansWithoutParagraphElements() {
        tester.startComponentInPage(MarkdownLabel.phrasing("stem",
                Model.of("A 70 kg patient is sedated.\n\nWhat is the **next** step?")), null);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<span class=\"stem-paragraph\">A 70 kg patient is sedated.</span>")
                .contains("<span class=\"stem-paragraph\">What is the <strong>next</strong> step?</span>")
                .doesNotContain("<p>");
    }

    @Test
    void aOneParagraphStemStaysPlainInlineText() {
        tester.startComponentInPage(MarkdownLabel.phrasing("stem", Model.of("Which *one* is right?")), null);
        assertThat(tester.getLastResponseAsString()).contains("Which <em>one</em> is right?")
                .doesNotContain("stem-paragraph").doesNotContain("<p>");
    }

    @Test
    void rawHtmlInTheSourceStaysEscaped() {
        tester.startComponentInPage(MarkdownLabel.phrasing("stem", Model.of("<script>alert(1)</script>\n\nok")),
                null);
        assertThat(tester.getLastResponseAsString()).doesNotContain("<script>alert");
    }

    @Test
    void theSameSourceInTheSameFitIsRenderedOnceAndEachFitKeepsItsOwnForm() {
        String source = "Give **0.5 mg/kg** over [one minute](https://example.org/a).\n\nThen reassess.";
        String first = MarkdownLabel.inlineHtml(source);
        // The very same string object: taken from the cache, not rendered again.
        assertThat(MarkdownLabel.inlineHtml(source)).isSameAs(first);
        tester.startComponentInPage(MarkdownLabel.phrasing("stem", Model.of(source)), null);
        String phrasing = tester.getLastResponseAsString();
        assertThat(phrasing).contains("<span class=\"stem-paragraph\">").doesNotContain("<p>");
        tester.startComponentInPage(MarkdownLabel.block("stem", Model.of(source)), null);
        assertThat(tester.getLastResponseAsString()).contains("<p>Give <strong>0.5 mg/kg</strong>")
                .doesNotContain("stem-paragraph");
    }

    @Test
    void aSourceTooLongToKeepIsStillRenderedRightEveryTime() {
        String source = "x".repeat(20_000) + " *end*";
        String first = MarkdownLabel.inlineHtml(source);
        assertThat(first).endsWith("<em>end</em>");
        String second = MarkdownLabel.inlineHtml(source);
        assertThat(second).isEqualTo(first).isNotSameAs(first);
    }
}
