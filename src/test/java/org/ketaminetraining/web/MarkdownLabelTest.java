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
}
