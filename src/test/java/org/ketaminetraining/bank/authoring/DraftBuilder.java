package org.ketaminetraining.bank.authoring;

import java.util.List;

/** Changes one field of a draft at a time, for tests. */
final class DraftBuilder {
    private String id;
    private String moduleId;
    private org.ketaminetraining.bank.model.QuestionType type;
    private String objectiveId;
    private List<String> tags;
    private String difficulty;
    private String expectedSeconds;
    private String stem;
    private List<DraftQuestion.Option> options;
    private String trueFalseAnswer;
    private String feedbackTrue;
    private String feedbackFalse;
    private String numericAnswer;
    private String tolerance;
    private String unit;
    private List<String> orderingItems;
    private List<DraftQuestion.Pair> pairs;
    private List<String> accepted;
    private String explanation;
    private List<DraftQuestion.Reference> references;

    DraftBuilder(DraftQuestion d) {
        id = d.id();
        moduleId = d.moduleId();
        type = d.type();
        objectiveId = d.objectiveId();
        tags = d.tags();
        difficulty = d.difficulty();
        expectedSeconds = d.expectedSeconds();
        stem = d.stem();
        options = d.options();
        trueFalseAnswer = d.trueFalseAnswer();
        feedbackTrue = d.feedbackTrue();
        feedbackFalse = d.feedbackFalse();
        numericAnswer = d.numericAnswer();
        tolerance = d.tolerance();
        unit = d.unit();
        orderingItems = d.orderingItems();
        pairs = d.pairs();
        accepted = d.accepted();
        explanation = d.explanation();
        references = d.references();
    }

    DraftBuilder id(String value) {
        id = value;
        return this;
    }

    DraftBuilder type(org.ketaminetraining.bank.model.QuestionType value) {
        type = value;
        return this;
    }

    DraftBuilder objectiveId(String value) {
        objectiveId = value;
        return this;
    }

    DraftBuilder tags(List<String> value) {
        tags = value;
        return this;
    }

    DraftBuilder difficulty(String value) {
        difficulty = value;
        return this;
    }

    DraftBuilder expectedSeconds(String value) {
        expectedSeconds = value;
        return this;
    }

    DraftBuilder stem(String value) {
        stem = value;
        return this;
    }

    DraftBuilder options(List<DraftQuestion.Option> value) {
        options = value;
        return this;
    }

    DraftBuilder trueFalseAnswer(String value) {
        trueFalseAnswer = value;
        return this;
    }

    DraftBuilder feedbackTrue(String value) {
        feedbackTrue = value;
        return this;
    }

    DraftBuilder numericAnswer(String value) {
        numericAnswer = value;
        return this;
    }

    DraftBuilder tolerance(String value) {
        tolerance = value;
        return this;
    }

    DraftBuilder unit(String value) {
        unit = value;
        return this;
    }

    DraftBuilder orderingItems(List<String> value) {
        orderingItems = value;
        return this;
    }

    DraftBuilder pairs(List<DraftQuestion.Pair> value) {
        pairs = value;
        return this;
    }

    DraftBuilder accepted(List<String> value) {
        accepted = value;
        return this;
    }

    DraftBuilder explanation(String value) {
        explanation = value;
        return this;
    }

    DraftBuilder references(List<DraftQuestion.Reference> value) {
        references = value;
        return this;
    }

    DraftQuestion build() {
        return new DraftQuestion(id, moduleId, type, objectiveId, tags, difficulty, expectedSeconds, stem, options,
                trueFalseAnswer, feedbackTrue, feedbackFalse, numericAnswer, tolerance, unit, orderingItems, pairs,
                accepted, explanation, references);
    }
}
