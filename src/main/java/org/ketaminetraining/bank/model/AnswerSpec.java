package org.ketaminetraining.bank.model;

import java.util.List;

/**
 * The answer data of a question, one record per question type. Each knows its own grading rule, so adding a type
 * means adding one record and the compiler points at every switch that must learn about it.
 */
public sealed interface AnswerSpec
        permits SingleChoice, MultipleResponse, TrueFalse, NumericAnswer, Ordering, Matching, ShortText {

    QuestionType type();

    /**
     * Whether the response is fully correct.
     *
     * @throws IllegalArgumentException if the response is of a kind this question type does not take; that is a
     *     programming error in the caller, not a wrong answer
     */
    boolean isCorrect(Response response);

    /** The options a learner chooses from: those of a single-choice or multiple-response item, else none. */
    default List<ChoiceOption> choiceOptions() {
        return List.of();
    }

    /** A uniform message for a response of the wrong kind. */
    static IllegalArgumentException wrongResponse(QuestionType type, Response response) {
        return new IllegalArgumentException(
                type.yamlName() + " cannot grade a " + response.getClass().getSimpleName());
    }
}
