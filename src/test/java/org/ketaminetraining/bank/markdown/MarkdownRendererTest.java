package org.ketaminetraining.bank.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersMarkdownBlocks() {
        assertThat(renderer.toHtml("Give **0.5 mg/kg** over *40 minutes*.\n\n- IV\n- IM\n")).isEqualTo(
                "<p>Give <strong>0.5 mg/kg</strong> over <em>40 minutes</em>.</p>\n<ul>\n<li>IV</li>\n<li>IM</li>\n"
                        + "</ul>\n");
    }

    @Test
    void escapesRawHtmlInsteadOfPassingItThrough() {
        assertThat(renderer.toHtml("Dose <script>alert(1)</script> now")).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(renderer.toHtml("<div onclick=\"x()\">block</div>")).doesNotContain("<div")
                .contains("&lt;div onclick=&quot;x()&quot;&gt;");
    }

    @Test
    void keepsSafeLinksWithNoopenerNoreferrer() {
        assertThat(renderer.toInlineHtml("[label](https://example.org/a?b=1&c=2)")).isEqualTo(
                "<a rel=\"noopener noreferrer\" href=\"https://example.org/a?b=1&amp;c=2\">label</a>");
        assertThat(renderer.toInlineHtml("<mailto:pharmacy@example.org>"))
                .contains("href=\"mailto:pharmacy@example.org\"");
    }

    @Test
    void emptiesUnsafeLinkTargets() {
        assertThat(renderer.toInlineHtml("[x](javascript:alert(1))")).isEqualTo(
                "<a rel=\"noopener noreferrer\" href=\"\">x</a>");
        assertThat(renderer.toInlineHtml("[x](JaVaScRiPt:alert(1))")).contains("href=\"\"");
        assertThat(renderer.toInlineHtml("[x](JaVa\tScRiPt:alert(1))")).as("not a link at all").doesNotContain("<a");
        assertThat(renderer.toInlineHtml("[x](data:text/html;base64,PHNjcmlwdD4=)")).contains("href=\"\"");
        assertThat(renderer.toInlineHtml("![x](javascript:alert(1))")).contains("src=\"\"");
        assertThat(renderer.toInlineHtml("[x](/relative)")).contains("href=\"\"");
    }

    @Test
    void inlineRenderingDropsTheParagraphOfASingleParagraph() {
        assertThat(renderer.toInlineHtml("About **20%**")).isEqualTo("About <strong>20%</strong>");
        assertThat(renderer.toInlineHtml("One\n\nTwo")).isEqualTo("<p>One</p>\n<p>Two</p>");
    }
}
