package org.ketaminetraining.bank.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One module file: its identity, its learning objectives and its questions in file order. Named BankModule rather
 * than Module so that it never collides with {@link java.lang.Module}.
 */
public record BankModule(
        String id, String title, Optional<String> description, List<Objective> objectives, List<Question> questions) {

    public BankModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        objectives = List.copyOf(objectives);
        questions = List.copyOf(questions);
    }

    public Optional<Objective> objective(String objectiveId) {
        return objectives.stream().filter(o -> o.id().equals(objectiveId)).findFirst();
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
