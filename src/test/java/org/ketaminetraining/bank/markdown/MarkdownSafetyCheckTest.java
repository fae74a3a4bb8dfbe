package org.ketaminetraining.bank.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownSafetyCheckTest {

    @Test
    void cleanMarkdownHasNoFindings() {
        assertThat(MarkdownSafetyCheck.check("**Bold**, `code <b>`, [link](https://x.org), <https://y.org>\n\n"
                + "    <indented code is text>\n\na < b and c > d")).isEmpty();
    }

    @Test
    void findsInlineAndBlockHtmlWithTheirPosition() {
        assertThat(MarkdownSafetyCheck.check("Line one\nwith <b>bold</b>")).containsExactly(new MarkdownFinding(1, 5,
                "contains raw HTML '<b>'; write Markdown instead (raw HTML is never shown to learners)"));
        assertThat(MarkdownSafetyCheck.check("<script>\nalert(1)\n</script>"))
                .extracting(MarkdownFinding::message).singleElement().asString().contains("'<script> alert(1) </script>'");
        assertThat(MarkdownSafetyCheck.check("Text <!-- comment -->")).hasSize(1);
    }

    @Test
    void findsUnsafeLinksIncludingAutolinksAndDisguisedSchemes() {
        assertThat(MarkdownSafetyCheck.check("[a](javascript:alert(1))")).hasSize(1);
        assertThat(MarkdownSafetyCheck.check("<javascript:alert(1)>")).hasSize(1);
        assertThat(MarkdownSafetyCheck.check("[a](java&#115;cript:alert(1))")).hasSize(1);
        assertThat(MarkdownSafetyCheck.check("[a](VBScript:x)")).hasSize(1);
        assertThat(MarkdownSafetyCheck.check("[a]: javascript:x\n\n[go][a]")).hasSize(1);
        assertThat(MarkdownSafetyCheck.check("![img](data:image/png;base64,AAA)")).hasSize(1);
        assertThat(MarkdownSafetyCheck.check("[a](mailto:x@y.org) ![i](https://y.org/i.png)")).isEmpty();
    }
}
