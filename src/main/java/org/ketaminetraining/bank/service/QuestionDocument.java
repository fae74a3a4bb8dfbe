package org.ketaminetraining.bank.service;

import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.yaml.BankYamlWriter;
import org.ketaminetraining.bank.yaml.ModuleFileParser;
import org.ketaminetraining.bank.yaml.ParsedModuleFile;
import org.ketaminetraining.bank.yaml.SourceFile;

/**
 * A single question written as a one-question module document in the bank's own YAML format: what a revision
 * stores, so that it can be parsed back with the same parser as the files. It uses the compact flow layout (one
 * line, also JSON): nobody edits it, and a 10,000-question import writes it 10,000 times. Revisions stored earlier
 * in the block layout read back the same way. The file import and publishing in the browser both write it here.
 */
public final class QuestionDocument {

    private QuestionDocument() {
    }

    /** The question with its module's header and only the objective it serves. */
    public static String write(BankModule module, Question question) {
        BankModule single = new BankModule(module.id(), module.title(), module.description(),
                module.objective(question.objectiveId()).map(List::of).orElse(List.of()), List.of(question));
        return BankYamlWriter.writeModuleCompact(single);
    }

    /**
     * A stored revision read back as its one-question module.
     *
     * @throws IllegalStateException if it does not parse as exactly one question (the database was changed by hand)
     */
    public static BankModule read(String content, String moduleKey, String label) {
        ParsedModuleFile parsed = ModuleFileParser.parse(new SourceFile(label, content), moduleKey, Optional.empty());
        return parsed.module().filter(module -> module.questions().size() == 1)
                .orElseThrow(() -> new IllegalStateException(label + " does not parse as one question: "
                        + parsed.problems()));
    }
}
