package org.ketaminetraining.bank.authoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.bank.model.Question;

/**
 * What {@link DraftCheck} found: the problems, each tied to a field, and the question the draft makes when there
 * are none (exactly what the file import would have read from the same content).
 */
public record DraftCheckResult(List<FieldProblem> problems, Optional<Question> question) {

    public DraftCheckResult {
        problems = List.copyOf(problems);
        Objects.requireNonNull(question, "question");
        if (problems.isEmpty() == question.isEmpty()) {
            throw new IllegalArgumentException("a question exactly when there is no problem");
        }
    }

    public boolean isComplete() {
        return problems.isEmpty();
    }
}
