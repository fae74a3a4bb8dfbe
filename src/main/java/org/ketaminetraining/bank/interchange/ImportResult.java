package org.ketaminetraining.bank.interchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.validation.Problem;

/**
 * Questions read from a foreign format, and the problems met on the way: questions that could not be imported
 * (with the reason) and details that could not be carried over (a question imported without them).
 *
 * @param categories question id to the Moodle category the question was filed under, for questions that came
 *     after a category in the file; a bank export writes one category per module, so this says which module each
 *     question came from
 */
public record ImportResult(List<Question> questions, List<Problem> problems, Map<String, String> categories) {
    public ImportResult {
        questions = List.copyOf(questions);
        problems = problems.stream().sorted().toList();
        // kept in file order, which a plain Map.copyOf would lose
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    }

    /** A result from a file without categories. */
    public ImportResult(List<Question> questions, List<Problem> problems) {
        this(questions, problems, Map.of());
    }
}
