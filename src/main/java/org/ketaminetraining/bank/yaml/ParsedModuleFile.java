package org.ketaminetraining.bank.yaml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.validation.LocatedId;
import org.ketaminetraining.bank.validation.Problem;
import org.ketaminetraining.bank.validation.SourceLocation;

/**
 * What was read from one module file. The module is present only if the file has no problems of its own; the ids
 * and the question count are kept either way so that checks across files still run on a broken file.
 *
 * @param moduleId the id the file name implies ({@code dosing.yaml} is module {@code dosing})
 * @param moduleIdLocation where the file writes its module id, or the whole file when it does not
 * @param questionCount the number of entries under {@code questions}, usable or not; empty when the list itself
 *     could not be read (a syntax error), so that no other check mistakes a broken file for an empty module
 */
public record ParsedModuleFile(
        String moduleId,
        SourceLocation moduleIdLocation,
        Optional<BankModule> module,
        List<LocatedId> questionIds,
        List<LocatedId> objectiveIds,
        OptionalInt questionCount,
        List<Problem> problems) {

    public ParsedModuleFile {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(moduleIdLocation, "moduleIdLocation");
        Objects.requireNonNull(module, "module");
        questionIds = List.copyOf(questionIds);
        objectiveIds = List.copyOf(objectiveIds);
        Objects.requireNonNull(questionCount, "questionCount");
        problems = List.copyOf(problems);
    }
}
