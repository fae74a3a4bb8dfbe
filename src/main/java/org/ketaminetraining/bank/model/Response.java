package org.ketaminetraining.bank.model;

/**
 * What a learner answered. Each question type expects one kind of response; positions refer to the order in
 * which the question was authored (the app shuffles for display and maps back), so grading never depends on
 * how the screen was laid out.
 */
public sealed interface Response
        permits ChoiceResponse, TrueFalseResponse, NumericResponse, OrderingResponse, MatchingResponse, TextResponse {
}
