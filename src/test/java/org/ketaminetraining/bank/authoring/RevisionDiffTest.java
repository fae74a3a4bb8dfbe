package org.ketaminetraining.bank.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.QuestionType;

class RevisionDiffTest {
    private static final DraftQuestion BASE = new DraftQuestion("q-1", "m", QuestionType.SINGLE_CHOICE, "o",
            List.of("racemic"), "easy", "30", "Which dose?",
            List.of(new DraftQuestion.Option("1 mg/kg", true, "Right."), new DraftQuestion.Option("5 mg/kg", false,
                    "")),
            "", "", "", "", "", "", List.of(), List.of(), List.of(), "Because.",
            List.of(new DraftQuestion.Reference("Label", "https://example.org", "Fact base S1")));

    @Test
    void equalQuestionsGiveOnlyUnchangedRowsInTheEditorsOrder() {
        List<DiffRow> rows = RevisionDiff.between(BASE, BASE);
        assertThat(rows).noneMatch(DiffRow::changed);
        assertThat(rows).extracting(DiffRow::field).containsExactly("type", "stem", "options[0].text",
                "options[0].correct", "options[0].feedback", "options[1].text", "options[1].correct",
                "options[1].feedback", "explanation", "references[0].title", "references[0].url",
                "references[0].citation", "tags", "objectiveId", "difficulty", "expectedSeconds");
    }

    @Test
    void aChangedKeyAnAddedOptionAndChangedTagsAreMarked() {
        DraftQuestion changed = new DraftBuilder(BASE).options(List.of(
                new DraftQuestion.Option("1 mg/kg", false, "Right."), new DraftQuestion.Option("5 mg/kg", true, ""),
                new DraftQuestion.Option("10 mg/kg", false, "Too much."))).tags(List.of("racemic", "safety-critical"))
                .build();
        List<DiffRow> rows = RevisionDiff.between(BASE, changed);
        assertThat(rows.stream().filter(DiffRow::changed).toList()).containsExactly(
                new DiffRow("options[0].correct", "true", "false", true),
                new DiffRow("options[1].correct", "false", "true", true),
                new DiffRow("options[2].text", "", "10 mg/kg", true),
                new DiffRow("options[2].correct", "", "false", true),
                new DiffRow("options[2].feedback", "", "Too much.", true),
                new DiffRow("tags", "racemic", "racemic, safety-critical", true));
        assertThat(RevisionDiff.between(changed, BASE)).contains(new DiffRow("options[2].text", "10 mg/kg", "", true));
    }

    @Test
    void eachSideIsReadThroughItsOwnTypeSoKeptFieldsOfAnotherTypeDoNotShow() {
        DraftQuestion numeric = new DraftBuilder(BASE).type(QuestionType.NUMERIC).numericAnswer("35")
                .tolerance("0.5").unit("mg").build();
        List<DiffRow> rows = RevisionDiff.between(BASE, numeric);
        assertThat(rows).contains(new DiffRow("type", "single_choice", "numeric", true),
                new DiffRow("options[0].text", "1 mg/kg", "", true),
                new DiffRow("numericAnswer", "", "35", true), new DiffRow("tolerance", "", "0.5", true),
                new DiffRow("unit", "", "mg", true));
        assertThat(rows).extracting(DiffRow::field).doesNotContain("trueFalseAnswer", "orderingItems[0]");
    }

    @Test
    void everyAnswerFieldOfEveryTypeIsCompared() {
        DraftQuestion left = new DraftQuestion("q-1", "m", QuestionType.TRUE_FALSE, "o", List.of(), "", "", "S",
                List.of(), "true", "a", "b", "", "", "", List.of("x", "y"), List.of(new DraftQuestion.Pair("l", "r")),
                List.of("k"), "E", List.of());
        DraftQuestion right = new DraftBuilder(left).trueFalseAnswer("false").feedbackTrue("c").build();
        assertThat(RevisionDiff.between(left, right)).filteredOn(DiffRow::changed).containsExactly(
                new DiffRow("trueFalseAnswer", "true", "false", true), new DiffRow("feedbackTrue", "a", "c", true));
        DraftQuestion ordering = new DraftBuilder(left).type(QuestionType.ORDERING).build();
        assertThat(RevisionDiff.between(ordering, new DraftBuilder(ordering).orderingItems(List.of("y", "x")).build()))
                .filteredOn(DiffRow::changed).extracting(DiffRow::field)
                .containsExactly("orderingItems[0]", "orderingItems[1]");
        DraftQuestion matching = new DraftBuilder(left).type(QuestionType.MATCHING).build();
        assertThat(RevisionDiff.between(matching, new DraftBuilder(matching).pairs(List.of()).build()))
                .filteredOn(DiffRow::changed).containsExactly(new DiffRow("pairs[0].left", "l", "", true),
                        new DiffRow("pairs[0].right", "r", "", true));
        DraftQuestion shortText = new DraftBuilder(left).type(QuestionType.SHORT_TEXT).build();
        assertThat(RevisionDiff.between(shortText, new DraftBuilder(shortText).accepted(List.of("k", "K2")).build()))
                .filteredOn(DiffRow::changed).containsExactly(new DiffRow("accepted[1]", "", "K2", true));
    }
}
