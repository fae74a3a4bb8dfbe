package org.ketaminetraining.bank.interchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.validation.Problem;

/**
 * Questions read from a foreign format, and the problems met on the way: questions that could not be imported
 * (with the reason) and details that could not be carried over (a question imported without them, or with them
 * changed). {@link #report()} sums it up per file.
 *
 * @param file the name problems are reported under, usually the file name
 * @param categories question id to the Moodle category the question was filed under, for questions that came
 *     after a category in the file; a bank export writes one category per module, so this says which module each
 *     question came from
 * @param moduleIds Moodle category to the bank module id it was exported from, where the file says so (a category
 *     {@code idnumber} in Moodle XML, a {@code // @module} comment under a GIFT {@code $CATEGORY:} line)
 * @param changed ids of the imported questions that lost or changed something on the way, each named in problems
 * @param refused how many questions in the file were not imported, each named in problems
 */
public record ImportResult(String file, List<Question> questions, List<Problem> problems,
        Map<String, String> categories, Map<String, String> moduleIds, Set<String> changed, int refused) {
    public ImportResult {
        questions = List.copyOf(questions);
        problems = problems.stream().sorted().toList();
        // kept in file order, which a plain Map.copyOf would lose
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        moduleIds = Collections.unmodifiableMap(new LinkedHashMap<>(moduleIds));
        changed = Collections.unmodifiableSet(new LinkedHashSet<>(changed));
    }

    /** The per-file counts and every entry, for a person deciding whether to trust the import. */
    public ImportReport report() {
        return new ImportReport(file, questions.size(), changed.size(), refused, problems);
    }
}
