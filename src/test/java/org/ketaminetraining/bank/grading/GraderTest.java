package org.ketaminetraining.bank.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MatchingResponse;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.NumericResponse;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.OrderingResponse;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TextResponse;
import org.ketaminetraining.bank.model.TrueFalse;
import org.ketaminetraining.bank.model.TrueFalseResponse;

class GraderTest {

    static Question question(AnswerSpec answer) {
        return new Question("q-1", "o", List.of(), Optional.empty(), OptionalInt.empty(), "Stem", answer, "Why",
                List.of());
    }

    private static ChoiceOption option(String text, boolean correct, String feedback) {
        return new ChoiceOption(text, correct, Optional.ofNullable(feedback));
    }

    @Nested
    class SingleChoiceGrading {
        private final Question question = question(new SingleChoice(List.of(
                option("20%", true, "Right."), option("50%", false, "Intranasal."), option("93%", false, null))));

        @Test
        void theOneCorrectOptionIsCorrectAndItsFeedbackIsShown() {
            assertThat(Grader.grade(question, ChoiceResponse.of(0)))
                    .isEqualTo(new GradingResult(true, List.of("Right.")));
        }

        @Test
        void aWrongOptionIsWrongWithItsFeedback() {
            assertThat(Grader.grade(question, ChoiceResponse.of(1)))
                    .isEqualTo(new GradingResult(false, List.of("Intranasal.")));
            assertThat(Grader.grade(question, ChoiceResponse.of(2))).isEqualTo(new GradingResult(false, List.of()));
        }

        @Test
        void noneTwoOrANonexistentOptionIsWrong() {
            assertThat(question.isCorrect(ChoiceResponse.of())).isFalse();
            assertThat(question.isCorrect(ChoiceResponse.of(0, 1))).isFalse();
            assertThat(question.isCorrect(ChoiceResponse.of(7))).isFalse();
            assertThat(Grader.grade(question, ChoiceResponse.of(7)).feedback()).isEmpty();
        }

        @Test
        void aResponseOfTheWrongKindIsAProgrammingError() {
            assertThatThrownBy(() -> Grader.grade(question, new TrueFalseResponse(true)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("single_choice cannot grade a TrueFalseResponse");
        }
    }

    @Nested
    class MultipleResponseGrading {
        private final Question question = question(new MultipleResponse(List.of(
                option("CYP3A4", true, null), option("CYP2B6", true, "Yes."), option("CYP2D6", false, "No."))));

        @Test
        void onlyTheExactSetIsCorrect() {
            assertThat(question.isCorrect(ChoiceResponse.of(0, 1))).isTrue();
            assertThat(question.isCorrect(ChoiceResponse.of(1, 0))).isTrue();
            assertThat(question.isCorrect(ChoiceResponse.of(0))).as("missing one").isFalse();
            assertThat(question.isCorrect(ChoiceResponse.of(0, 1, 2))).as("one too many").isFalse();
            assertThat(question.isCorrect(ChoiceResponse.of())).isFalse();
        }

        @Test
        void showsTheFeedbackOfEverySelectedOptionInAuthoredOrder() {
            assertThat(Grader.grade(question, ChoiceResponse.of(2, 1)).feedback()).containsExactly("Yes.", "No.");
        }
    }

    @Nested
    class TrueFalseGrading {
        private final Question question = question(
                new TrueFalse(false, Optional.of("It is false."), Optional.of("Right, false.")));

        @Test
        void gradesThePickedValueAndShowsItsFeedback() {
            assertThat(Grader.grade(question, new TrueFalseResponse(false)))
                    .isEqualTo(new GradingResult(true, List.of("Right, false.")));
            assertThat(Grader.grade(question, new TrueFalseResponse(true)))
                    .isEqualTo(new GradingResult(false, List.of("It is false.")));
        }

        @Test
        void feedbackIsOptional() {
            assertThat(Grader.grade(question(TrueFalse.of(true)), new TrueFalseResponse(true)))
                    .isEqualTo(new GradingResult(true, List.of()));
        }
    }

    @Nested
    class NumericGrading {
        private final Question question = question(
                new NumericAnswer(new BigDecimal("1.5"), new BigDecimal("0.1"), "mg/kg"));

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"1.5, true", "1.6, true", "1.4, true", "1.60, true", "1.61, false", "1.39, false",
            "-1.5, false", "15, false"})
        void correctWithinTheToleranceBoundariesIncluded(String given, boolean correct) {
            assertThat(question.isCorrect(NumericResponse.of(given))).isEqualTo(correct);
        }

        @Test
        void zeroToleranceMeansExact() {
            Question exact = question(new NumericAnswer(new BigDecimal("35"), BigDecimal.ZERO, "mg"));
            assertThat(exact.isCorrect(NumericResponse.of("35.0"))).isTrue();
            assertThat(exact.isCorrect(NumericResponse.of("35.0001"))).isFalse();
        }

        @Test
        void aNegativeToleranceCannotBeBuilt() {
            assertThatThrownBy(() -> new NumericAnswer(BigDecimal.ONE, new BigDecimal("-0.1"), "mg"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class OrderingGrading {
        private final Question question = question(new Ordering(List.of("IV", "IM", "Intranasal", "Oral")));

        @Test
        void onlyTheAuthoredOrderIsCorrect() {
            assertThat(question.isCorrect(OrderingResponse.of(0, 1, 2, 3))).isTrue();
            assertThat(question.isCorrect(OrderingResponse.of(1, 0, 2, 3))).isFalse();
            assertThat(question.isCorrect(OrderingResponse.of(0, 1, 2))).as("an item left out").isFalse();
            assertThat(question.isCorrect(OrderingResponse.of(0, 1, 2, 3, 3))).isFalse();
        }
    }

    @Nested
    class MatchingGrading {
        private final Question question = question(new Matching(List.of(new MatchPair("28 mg", "1 device"),
                new MatchPair("56 mg", "2 devices"), new MatchPair("84 mg", "3 devices"))));

        @Test
        void everyPairMustBeRight() {
            assertThat(question.isCorrect(new MatchingResponse(Map.of(0, 0, 1, 1, 2, 2)))).isTrue();
            assertThat(question.isCorrect(new MatchingResponse(Map.of(0, 0, 1, 2, 2, 1)))).isFalse();
            assertThat(question.isCorrect(new MatchingResponse(Map.of(0, 0, 1, 1)))).as("one unmatched").isFalse();
            assertThat(question.isCorrect(new MatchingResponse(Map.of(0, 0, 1, 1, 2, 2, 3, 3)))).isFalse();
        }
    }

    @Nested
    class ShortTextGrading {
        private final Question question = question(new ShortText(List.of("5 minutes", "five minutes", "5")));

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "5 minutes|true", "  5   MINUTES |true", "Five Minutes|true", "5|true", "5\u00a0minutes|true",
            "5 min|false", "fiveminutes|false", "''|false", "'   '|false", "50|false"})
        void ignoresCaseAndSpacingButNotSpelling(String typed, boolean correct) {
            assertThat(question.isCorrect(new TextResponse(typed))).isEqualTo(correct);
        }

        @Test
        void aTurkishDefaultLocaleDoesNotChangeTheResult() {
            java.util.Locale previous = java.util.Locale.getDefault();
            try {
                java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
                Question iv = question(new ShortText(List.of("iv")));
                assertThat(iv.isCorrect(new TextResponse("IV"))).isTrue();
            } finally {
                java.util.Locale.setDefault(previous);
            }
        }
    }
}
