package org.ketaminetraining.bank.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

class DraftConversionTest {
    private static final List<Reference> REFERENCES = List.of(
            new Reference("Label", Optional.of("https://e.org/l"), Optional.of("Fact base S20c")),
            new Reference("Book", Optional.empty(), Optional.of("p. 12")));

    private static Question question(org.ketaminetraining.bank.model.AnswerSpec answer) {
        return new Question("dose-007", "dose-obj", List.of("safety-critical", "racemic"),
                Optional.of(Difficulty.MEDIUM), OptionalInt.of(45), "Stem", answer, "Why", REFERENCES);
    }

    @Test
    void numbersAreWrittenAsTheFileWouldAndTheRestAsTyped() {
        DraftQuestion draft = DraftConversion.fromQuestion("dosing",
                question(new NumericAnswer(new BigDecimal("0.50"), new BigDecimal("1E+1"), "mg/kg")));
        assertThat(draft).isEqualTo(new DraftQuestion("dose-007", "dosing", QuestionType.NUMERIC, "dose-obj",
                List.of("safety-critical", "racemic"), "medium", "45", "Stem", List.of(), "", "", "", "0.50", "10",
                "mg/kg", List.of(), List.of(), List.of(), "Why", List.of(
                        new DraftQuestion.Reference("Label", "https://e.org/l", "Fact base S20c"),
                        new DraftQuestion.Reference("Book", "", "p. 12"))));
    }

    @Test
    void trueFalseAsTrueOrFalseWithItsFeedback() {
        DraftQuestion draft = DraftConversion.fromQuestion("m",
                question(new TrueFalse(false, Optional.empty(), Optional.of("Yes, false."))));
        assertThat(List.of(draft.trueFalseAnswer(), draft.feedbackTrue(), draft.feedbackFalse()))
                .containsExactly("false", "", "Yes, false.");
    }

    @Test
    void optionsAndPairsKeepTheirOrder() {
        DraftQuestion choice = DraftConversion.fromQuestion("m", question(new SingleChoice(List.of(
                ChoiceOption.wrong("a"), new ChoiceOption("b", true, Optional.of("Right."))))));
        assertThat(choice.options()).containsExactly(new DraftQuestion.Option("a", false, ""),
                new DraftQuestion.Option("b", true, "Right."));
        DraftQuestion matching = DraftConversion.fromQuestion("m", question(new Matching(List.of(
                new MatchPair("l1", "r1"), new MatchPair("l2", "r2")))));
        assertThat(matching.pairs()).containsExactly(new DraftQuestion.Pair("l1", "r1"),
                new DraftQuestion.Pair("l2", "r2"));
        assertThat(matching.options()).isEmpty();
    }

    @Test
    void aQuestionWithoutDifficultyOrTimeHasThoseFieldsEmpty() {
        Question plain = new Question("q", "o", List.of(), Optional.empty(), OptionalInt.empty(), "S",
                new TrueFalse(true, Optional.empty(), Optional.empty()), "E", REFERENCES);
        DraftQuestion draft = DraftConversion.fromQuestion("m", plain);
        assertThat(List.of(draft.difficulty(), draft.expectedSeconds(), draft.trueFalseAnswer()))
                .containsExactly("", "", "true");
    }
}
