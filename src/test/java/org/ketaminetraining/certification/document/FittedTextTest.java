package org.ketaminetraining.certification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FittedTextTest {

    /** A monospaced measure: every character half an em wide, so widths are easy to reckon by hand. */
    private static final FittedText.Measure HALF_EM = text -> text.codePointCount(0, text.length()) * 0.5f;

    @Test
    void aTextThatFitsAtTheLargestSizeKeepsIt() {
        // 10 characters at 20 pt are 100 pt wide.
        assertThat(FittedText.fit("Ada Byron.", HALF_EM, 100, 20, 10, 2))
                .isEqualTo(new FittedText(20, List.of("Ada Byron.")));
    }

    @Test
    void aWiderTextShrinksBeforeItWraps() {
        // 16 characters fit 100 pt at 12.5 pt (100 pt wide), above the smallest preferred size of 10.
        assertThat(FittedText.fit("Ada Byron Kingly", HALF_EM, 100, 20, 10, 2))
                .isEqualTo(new FittedText(12.5f, List.of("Ada Byron Kingly")));
    }

    @Test
    void aTextTooWideAtTheSmallestSizeWrapsAtTheLargestSizeThatThenFits() {
        // 36 characters need 180 pt at 10 pt: too wide for one line. On two lines the longer one has 18
        // characters, 9 em, which fit 100 pt at up to 11.1 pt.
        FittedText fitted = FittedText.fit("Augusta Ada King, Countess Lovelace.", HALF_EM, 100, 20, 10, 2);
        assertThat(fitted).isEqualTo(new FittedText(11, List.of("Augusta Ada King,", "Countess Lovelace.")));
    }

    @Test
    void aWordWiderThanTheLineIsBrokenBetweenCharacters() {
        FittedText fitted = FittedText.fit("x".repeat(50), HALF_EM, 100, 10, 10, 3);
        assertThat(fitted.size()).isEqualTo(10);
        assertThat(fitted.lines()).containsExactly("x".repeat(20), "x".repeat(20), "x".repeat(10));
    }

    @Test
    void aTextThatFitsNoOtherWayGoesBelowTheSmallestPreferredSize() {
        FittedText fitted = FittedText.fit("x".repeat(60), HALF_EM, 100, 10, 10, 2);
        assertThat(fitted.size()).isLessThan(10).isGreaterThanOrEqualTo(FittedText.FLOOR_SIZE);
        assertThat(fitted.lines()).hasSize(2);
    }

    @Test
    void linesBreakAfterHyphensAndKeepAccentsWithTheirLetters() {
        // "e" followed by a combining acute accent is one character to a reader and must not be split.
        FittedText fitted = FittedText.fit("Zoe\u0301e\u0301e\u0301e\u0301e\u0301e\u0301", HALF_EM, 10, 10, 10, 4);
        assertThat(fitted.lines()).allSatisfy(line -> assertThat(line).doesNotStartWith("\u0301"));
        assertThat(FittedText.fit("Konstantinopoulou-Wolfe", HALF_EM, 100, 10, 10, 2).lines())
                .containsExactly("Konstantinopoulou-", "Wolfe");
    }

    @Property(tries = 200)
    void everyLineFitsAndNothingIsLost(@ForAll @StringLength(min = 1, max = 300) String raw,
            @ForAll @IntRange(min = 1, max = 3) int maxLines) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return;
        }
        FittedText fitted = FittedText.fit(text, HALF_EM, 300, 30, 12, maxLines);
        assertThat(fitted.lines()).allSatisfy(line -> assertThat(HALF_EM.unitWidth(line) * fitted.size())
                .isLessThanOrEqualTo(300));
        assertThat(String.join("", fitted.lines()).replaceAll("\\s+", ""))
                .isEqualTo(text.replaceAll("\\s+", ""));
    }
}
