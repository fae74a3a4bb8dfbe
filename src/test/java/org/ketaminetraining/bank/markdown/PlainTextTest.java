package org.ketaminetraining.bank.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void markdownMarksGoAndWhiteSpaceBecomesOneLine() {
        assertThat(PlainText.of("A **bolus** of `0.5 mg/kg`\n\n- over _1 minute_")).isEqualTo(
                "A bolus of 0.5 mg/kg over 1 minute");
    }

    @Test
    void blocksAreSeparatedAndLinksKeepOnlyTheirText() {
        assertThat(PlainText.of("# Dosing\nSee [the guideline](https://example.org) <b>now</b>")).isEqualTo(
                "Dosing See the guideline now");
    }

    @Test
    void plainTextIsKeptAsItIs() {
        assertThat(PlainText.of("  What is the usual dose?\n")).isEqualTo("What is the usual dose?");
    }

    @Test
    void aLongStemIsCutAtAWordWithAnEllipsis() {
        String stem = "word ".repeat(60);
        String preview = PlainText.preview(stem, 160);
        assertThat(preview).hasSizeLessThanOrEqualTo(160).endsWith("word…");
    }
}
