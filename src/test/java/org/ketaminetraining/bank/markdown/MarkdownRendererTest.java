package org.ketaminetraining.bank.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** The sanitizer writes the two rel values in either order; both mean the same. */
    private static String relInOneOrder(String html) {
        return html.replace("rel=\"noreferrer noopener\"", "rel=\"noopener noreferrer\"");
    }

    @Test
    void rendersMarkdownBlocks() {
        assertThat(renderer.toHtml("Give **0.5 mg/kg** over *40 minutes*.\n\n- IV\n- IM\n")).isEqualTo(
                "<p>Give <strong>0.5 mg/kg</strong> over <em>40 minutes</em>.</p>\n<ul><li>IV</li><li>IM</li></ul>\n");
    }

    @Test
    void escapesRawHtmlInsteadOfPassingItThrough() {
        assertThat(renderer.toHtml("Dose <script>alert(1)</script> now")).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(renderer.toHtml("<div onclick=\"x()\">block</div>")).doesNotContain("<div")
                .contains("&lt;div onclick&#61;&#34;x()&#34;&gt;");
    }

    @Test
    void keepsSafeLinksWithNoopenerNoreferrer() {
        assertThat(relInOneOrder(renderer.toInlineHtml("[label](https://example.org/a?b=1&c=2)"))).isEqualTo(
                "<a href=\"https://example.org/a?b&#61;1&amp;c&#61;2\" rel=\"noopener noreferrer\">label</a>");
        assertThat(renderer.toInlineHtml("<mailto:pharmacy@example.org>"))
                .contains("href=\"mailto:pharmacy&#64;example.org\"");
    }

    @Test
    void emptiesUnsafeLinkTargets() {
        assertThat(relInOneOrder(renderer.toInlineHtml("[x](javascript:alert(1))"))).isEqualTo(
                "<a href=\"\" rel=\"noopener noreferrer\">x</a>");
        assertThat(renderer.toInlineHtml("[x](JaVaScRiPt:alert(1))")).contains("href=\"\"");
        assertThat(renderer.toInlineHtml("[x](JaVa\tScRiPt:alert(1))")).as("not a link at all").doesNotContain("<a");
        assertThat(renderer.toInlineHtml("[x](data:text/html;base64,PHNjcmlwdD4=)")).contains("href=\"\"");
        assertThat(renderer.toInlineHtml("![x](javascript:alert(1))")).contains("src=\"\"");
        assertThat(renderer.toInlineHtml("[x](/relative)")).contains("href=\"\"");
    }

    @Test
    void theAllowListSanitizerRemovesScriptsHandlersStylesAndOtherSchemesWhateverReachesIt() {
        assertThat(
                relInOneOrder(SafeHtml.sanitize("<p onclick=\"x()\" style=\"color:red\">a</p><script>alert(1)</script>"
                        + "<a href=\"javascript:alert(1)\">b</a><iframe src=\"https://e.org\"></iframe>"
                        + "<a href=\"https://e.org\">c</a>")))
                .isEqualTo("<p>a</p>b<a href=\"https://e.org\" rel=\"noopener noreferrer\">c</a>");
    }

    @Test
    void inlineRenderingDropsTheParagraphOfASingleParagraph() {
        assertThat(renderer.toInlineHtml("About **20%**")).isEqualTo("About <strong>20%</strong>");
        assertThat(renderer.toInlineHtml("One\n\nTwo")).isEqualTo("<p>One</p>\n<p>Two</p>");
    }
}
