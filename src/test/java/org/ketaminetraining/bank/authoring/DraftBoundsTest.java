package org.ketaminetraining.bank.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.QuestionType;

class DraftBoundsTest {
    private static final DraftQuestion EMPTY = DraftQuestion.blank("q-1", "m", QuestionType.SINGLE_CHOICE);

    private static String text(int length) {
        return "x".repeat(length);
    }

    @Test
    void aDraftAtEveryLimitIsWithinBounds() {
        DraftQuestion atLimits = new DraftBuilder(EMPTY).stem(text(DraftBounds.LONG_TEXT))
                .options(Collections.nCopies(DraftBounds.MAX_OPTIONS, new DraftQuestion.Option(text(10), false, "")))
                .tags(Collections.nCopies(DraftBounds.MAX_TAGS, "t")).unit(text(DraftBounds.NAME))
                .references(List.of(new DraftQuestion.Reference(text(DraftBounds.REFERENCE_FIELD), "", "")))
                .build();
        assertThat(DraftBounds.check(atLimits)).isEmpty();
    }

    @Test
    void eachFieldOneCharacterOverItsLimitIsNamed() {
        DraftQuestion over = new DraftBuilder(EMPTY).stem(text(DraftBounds.LONG_TEXT + 1))
                .explanation(text(DraftBounds.LONG_TEXT + 1))
                .options(List.of(new DraftQuestion.Option("a", true, text(DraftBounds.SHORT_TEXT + 1))))
                .feedbackTrue(text(DraftBounds.SHORT_TEXT + 1)).tolerance(text(DraftBounds.NAME + 1))
                .orderingItems(List.of("a", text(DraftBounds.SHORT_TEXT + 1)))
                .pairs(List.of(new DraftQuestion.Pair(text(DraftBounds.SHORT_TEXT + 1), "r")))
                .accepted(List.of(text(DraftBounds.SHORT_TEXT + 1)))
                .references(List.of(new DraftQuestion.Reference("t", "", text(DraftBounds.REFERENCE_FIELD + 1))))
                .tags(List.of(text(DraftBounds.NAME + 1))).build();
        assertThat(DraftBounds.check(over)).extracting(FieldProblem::field).containsExactly("tags[0]", "stem",
                "options[0].feedback", "feedbackTrue", "tolerance", "orderingItems[1]", "pairs[0].left",
                "accepted[0]", "explanation", "references[0].citation");
        assertThat(DraftBounds.check(over).get(1).message())
                .isEqualTo("Too long: 8,001 characters where at most 8,000 are allowed.");
    }

    @Test
    void listsOverTheirLimitAreNamedAndTheirEntriesNotLookedAt() {
        DraftQuestion over = new DraftBuilder(EMPTY)
                .options(Collections.nCopies(13, new DraftQuestion.Option(text(100_000), false, "")))
                .orderingItems(Collections.nCopies(9, "i"))
                .pairs(Collections.nCopies(9, new DraftQuestion.Pair("", "")))
                .accepted(Collections.nCopies(11, "a"))
                .references(Collections.nCopies(11, new DraftQuestion.Reference("", "", "")))
                .tags(Collections.nCopies(21, "t")).build();
        assertThat(DraftBounds.check(over)).containsExactly(
                new FieldProblem("tags", "Too many tags: 21 where at most 20 can be kept; remove 1."),
                new FieldProblem("options", "Too many options: 13 where at most 12 can be kept; remove 1."),
                new FieldProblem("orderingItems", "Too many items: 9 where at most 8 can be kept; remove 1."),
                new FieldProblem("pairs", "Too many pairs: 9 where at most 8 can be kept; remove 1."),
                new FieldProblem("accepted", "Too many accepted answers: 11 where at most 10 can be kept; remove 1."),
                new FieldProblem("references", "Too many references: 11 where at most 10 can be kept; remove 1."));
    }

    @Test
    void aDraftWhoseFieldsFitButWholeDoesNotIsRefusedAsAWhole() {
        // Twelve options with long text and feedback fit one by one, not all together.
        DraftQuestion big = new DraftBuilder(EMPTY).stem(text(DraftBounds.LONG_TEXT))
                .options(Collections.nCopies(DraftBounds.MAX_OPTIONS,
                        new DraftQuestion.Option(text(DraftBounds.SHORT_TEXT), false, text(DraftBounds.SHORT_TEXT))))
                .build();
        List<FieldProblem> problems = DraftBounds.check(big);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).field()).isEqualTo(FieldProblem.WHOLE_QUESTION);
        assertThat(problems.get(0).message()).startsWith("The question is too long to store as a whole: ")
                .endsWith("characters where at most 32,000 fit; shorten the longest texts.");
    }

    @Test
    void aDraftWithinBoundsFitsItsColumn() {
        DraftQuestion fits = new DraftBuilder(EMPTY).stem(text(DraftBounds.LONG_TEXT))
                .explanation(text(DraftBounds.LONG_TEXT)).build();
        assertThat(DraftBounds.check(fits)).isEmpty();
        assertThat(DraftDocument.write(fits).length()).isLessThanOrEqualTo(DraftBounds.MAX_DOCUMENT);
    }
}
