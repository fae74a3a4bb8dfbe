package org.ketaminetraining.bank.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One question as authored: what the learner sees (stem, answer data with feedback, explanation, references) and
 * how the bank files it (objective, tags, difficulty, expected time).
 *
 * <p>A question that came from {@code BankLoader} has passed every bank rule. One that came from an importer is a
 * draft: its objective may be empty and its references missing until an author completes it.
 */
public record Question(
        String id,
        String objectiveId,
        List<String> tags,
        Optional<Difficulty> difficulty,
        OptionalInt expectedSeconds,
        String stem,
        AnswerSpec answer,
        String explanation,
        List<Reference> references) {

    /** The tag that holds a question to the higher retention target and to "must be correct" in assessments. */
    public static final String SAFETY_CRITICAL_TAG = "safety-critical";

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(objectiveId, "objectiveId");
        tags = List.copyOf(tags);
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(expectedSeconds, "expectedSeconds");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(explanation, "explanation");
        references = List.copyOf(references);
    }

    public QuestionType type() {
        return answer.type();
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    public boolean isSafetyCritical() {
        return hasTag(SAFETY_CRITICAL_TAG);
    }

    public boolean isCorrect(Response response) {
        return answer.isCorrect(response);
    }
}
