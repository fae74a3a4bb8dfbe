package org.ketaminetraining.bank.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
                .extracting(MarkdownFinding::message).singleElement().asString()
                .contains("'<script> alert(1) </script>'");
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

    @Test
    void theShortcutOnlySkipsTextWithoutAngleOrClosingBracket() {
        assertThat(MarkdownSafetyCheck.cannotHoldHtmlOrLinks("**Bold** and `code`, 5 > 3, [not closed")).isTrue();
        assertThat(MarkdownSafetyCheck.cannotHoldHtmlOrLinks("a <b>")).isFalse();
        assertThat(MarkdownSafetyCheck.cannotHoldHtmlOrLinks("[a](javascript:x)")).isFalse();
    }

    /** Markdown-shaped text from the pieces links, images and HTML are made of, minus '<' and ']'. */
    @Provide
    Arbitrary<String> textWithoutAngleOrClosingBracket() {
        Arbitrary<String> piece = Arbitraries.of("[", "(", ")", "!", "*", "_", "`", "#", "-", ">", ":", "/", "\\",
                "&", ";", "\n", "\n\n", " ", "    ", "javascript:", "https://x.org", "mailto:a@b.org", "&#60;",
                "&lt;", "&#93;", "&#x5D;", "script", "alert(1)", "a", "b", "[a:", "![i(", "\"", "'", "=", "www.x.org");
        return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 1000)
    void withoutAngleOrClosingBracketTheFullParseFindsNothingEither(
            @ForAll("textWithoutAngleOrClosingBracket") String markdown) {
        assertThat(MarkdownSafetyCheck.cannotHoldHtmlOrLinks(markdown)).isTrue();
        assertThat(MarkdownSafetyCheck.parseAndCheck(markdown)).as(markdown).isEmpty();
    }
}
