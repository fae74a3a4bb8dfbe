package org.ketaminetraining.bank.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TrueFalse;

/** Small questions and modules for the measure tests: only what a measure reads is meaningful. */
final class Items {

    private Items() {
    }

    static Question question(String id, String stem, AnswerSpec answer, String explanation, String... tags) {
        return new Question(id, "obj", List.of(tags), Optional.empty(), OptionalInt.empty(), stem, answer,
                explanation, List.of(Reference.withUrl("Source", "https://example.org/source")));
    }

    /** A single-choice item: the first option is the key. */
    static Question single(String id, String key, String... wrong) {
        List<ChoiceOption> options = new ArrayList<>();
        options.add(ChoiceOption.correct(key));
        Arrays.stream(wrong).map(ChoiceOption::wrong).forEach(options::add);
        return question(id, "Which is right?", new SingleChoice(options), "Because.");
    }

    static Question selectAll(String id, int correct, int wrong) {
        List<ChoiceOption> options = new ArrayList<>();
        for (int i = 0; i < correct; i++) {
            options.add(ChoiceOption.correct("right " + i));
        }
        for (int i = 0; i < wrong; i++) {
            options.add(ChoiceOption.wrong("wrong " + i));
        }
        return question(id, "Which apply?", new MultipleResponse(options), "Because.", "select-all");
    }

    static Question statement(String id, String stem, boolean answer, String explanation) {
        return question(id, stem, TrueFalse.of(answer), explanation);
    }

    /** A matching item with the given right-hand entries, each paired with its own left. */
    static Question matching(String id, String... rights) {
        List<MatchPair> pairs = new ArrayList<>();
        for (int i = 0; i < rights.length; i++) {
            pairs.add(new MatchPair("left " + i, rights[i]));
        }
        return question(id, "Match them.", new Matching(pairs), "Because.");
    }

    static BankModule module(String id, Question... questions) {
        return new BankModule(id, id, Optional.empty(), List.of(new Objective("obj-" + id, "Objective.")),
                List.of(questions));
    }
}
