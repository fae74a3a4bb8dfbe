package org.ketaminetraining.bank.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.QuestionType;

class DraftDocumentTest {

    @Provide
    Arbitrary<DraftQuestion> drafts() {
        return ArbitraryDrafts.drafts();
    }

    @Property(tries = 500)
    void readsBackEveryFieldExactly(@ForAll("drafts") DraftQuestion draft) {
        String text = DraftDocument.write(draft);
        DraftQuestion back = DraftDocument.read(text);
        assertThat(visible(back.toString())).as(() -> visible(text)).isEqualTo(visible(draft.toString()));
        assertThat(back).isEqualTo(draft);
    }

    /** The text with everything outside printable ASCII as code points, so a failure report shows what differs. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f || c == '\n' ? String.valueOf((char) c)
                : String.format("<U+%04X>", c)));
        return out.toString();
    }

    @Test
    void keepsTheFieldsOfOtherTypes() {
        DraftQuestion draft = new DraftQuestion("q-1", "m", QuestionType.NUMERIC, "o", List.of("a", "b"), "easy",
                "30", "Stem\n\nwith **Markdown**  \n", List.of(new DraftQuestion.Option("A", true, "fb")), "true",
                "ft", "ff", "0.50", "abc", "mg", List.of("one", "two"), List.of(new DraftQuestion.Pair("l", "r")),
                List.of("x"), "Because", List.of(new DraftQuestion.Reference("T", "https://e.org", "C")));
        String text = DraftDocument.write(draft);
        assertThat(text).startsWith("draft-format: 1\nid: \"q-1\"\n").contains("numericAnswer: \"0.50\"\n");
        assertThat(DraftDocument.read(text)).isEqualTo(draft);
    }

    @Test
    void refusesADocumentLongerThanTheColumnBeforeParsingIt() {
        String huge = "stem: \"" + "x".repeat(DraftBounds.MAX_DOCUMENT) + "\"\n";
        assertThatThrownBy(() -> DraftDocument.read(huge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 32000 characters");
    }

    @Test
    void refusesWhatIsNotADraft() {
        assertThatThrownBy(() -> DraftDocument.read("- a\n- b\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a mapping");
        assertThatThrownBy(() -> DraftDocument.read("draft-format: 1\ntype: \"essay\"\n"))
                .hasMessageContaining("'essay' is not a question type");
        assertThatThrownBy(() -> DraftDocument.read("draft-format: 1\ntype: \"numeric\"\nstme: \"x\"\n"))
                .hasMessageContaining("unknown key 'stme'");
        assertThatThrownBy(() -> DraftDocument.read("draft-format: 1\ntype: \"numeric\"\nstem: [1]\n"))
                .hasMessageContaining("'stem' must be text");
        assertThatThrownBy(() -> DraftDocument.read("draft-format: 1\ntype: [\n"))
                .hasMessageContaining("not readable YAML");
    }
}
