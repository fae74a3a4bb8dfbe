package org.ketaminetraining.bank.interchange;

import java.util.List;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.validation.Problem;

/**
 * Questions read from a foreign format, and the problems met on the way: questions that could not be imported
 * (with the reason) and details that could not be carried over (a question imported without them).
 */
public record ImportResult(List<Question> questions, List<Problem> problems) {
    public ImportResult {
        questions = List.copyOf(questions);
        problems = problems.stream().sorted().toList();
    }
}
