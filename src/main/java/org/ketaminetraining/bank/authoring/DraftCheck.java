package org.ketaminetraining.bank.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.validation.Problem;
import org.ketaminetraining.bank.yaml.ModuleFileParser;
import org.ketaminetraining.bank.yaml.ParsedModuleFile;
import org.ketaminetraining.bank.yaml.SourceFile;

/**
 * Checks a draft by the file import's own rules, and says which field each problem concerns. The draft is written
 * as a one-question module file of its module and read with {@link ModuleFileParser}, the parser the bank loader
 * uses (types and required keys, ids, the objective, tags against the vocabulary, Markdown safety and the link
 * policy, each type's answer rules); the loader's one check across files that concerns a single question, its id
 * being unique in the bank, is made against the context's taken ids. So a draft passes exactly when the same
 * question in a file would, and the question it gives is the one the import would have read.
 *
 * <p>{@link DraftBounds} runs first: an oversized draft gets its size problems and is not parsed at all.
 */
public final class DraftCheck {

    private DraftCheck() {
    }

    /**
     * @throws IllegalArgumentException if the draft names a module other than the context's (a caller's mistake,
     *     not the author's)
     */
    public static DraftCheckResult check(DraftQuestion draft, CheckContext context) {
        if (!draft.moduleId().isEmpty() && !draft.moduleId().equals(context.moduleId())) {
            throw new IllegalArgumentException("draft of module '" + draft.moduleId() + "' checked against module '"
                    + context.moduleId() + "'");
        }
        List<FieldProblem> bounds = DraftBounds.check(draft);
        if (!bounds.isEmpty()) {
            return new DraftCheckResult(bounds, Optional.empty());
        }
        DraftModuleText text = DraftModuleText.of(draft, context);
        ParsedModuleFile parsed = ModuleFileParser.parse(new SourceFile(context.moduleId() + ".yaml", text.text()),
                context.moduleId(), Optional.of(context.vocabulary()));
        List<FieldProblem> problems = new ArrayList<>();
        for (Problem problem : parsed.problems()) {
            problems.add(text.fieldProblem(problem));
        }
        String id = draft.id().strip();
        if (!id.isEmpty() && context.takenIds().contains(id)) {
            problems.add(new FieldProblem("id", "Another question already has the id '" + id
                    + "'; question ids are unique in the whole bank and never reused, so choose another."));
        }
        if (!problems.isEmpty()) {
            return new DraftCheckResult(problems, Optional.empty());
        }
        Question question = parsed.module().orElseThrow().questions().get(0);
        return new DraftCheckResult(List.of(), Optional.of(question));
    }
}
