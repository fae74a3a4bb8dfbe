package org.ketaminetraining.bank.service;

import java.util.List;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.yaml.BankYamlWriter;

/**
 * A single question written as a one-question module document in the bank's own YAML format: what a revision
 * stores, so that it can be parsed back with the same parser as the files. It uses the compact flow layout (one
 * line, also JSON): nobody edits it, and a 10,000-question import writes it 10,000 times. Revisions stored earlier
 * in the block layout read back the same way.
 */
final class QuestionDocument {

    private QuestionDocument() {
    }

    static String write(BankModule module, Question question) {
        BankModule single = new BankModule(module.id(), module.title(), module.description(),
                module.objective(question.objectiveId()).map(List::of).orElse(List.of()), List.of(question));
        return BankYamlWriter.writeModuleCompact(single);
    }
}
