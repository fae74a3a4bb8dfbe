package org.ketaminetraining.bank.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.Difficulty;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Reference;

/**
 * The bank-only fields of a question being imported, filled in from whatever the foreign format carried (GIFT
 * comments, Moodle XML tags). What is missing stays empty, and bank validation asks the author for it later.
 */
public final class QuestionDraft {
    private String objective = "";
    private final List<String> tags = new ArrayList<>();
    private Optional<Difficulty> difficulty = Optional.empty();
    private OptionalInt expectedSeconds = OptionalInt.empty();
    private final List<Reference> references = new ArrayList<>();
    private Optional<String> unit = Optional.empty();

    public void objective(String objectiveId) {
        this.objective = objectiveId;
    }

    public void tag(String tag) {
        if (!tags.contains(tag)) {
            tags.add(tag);
        }
    }

    public void difficulty(Difficulty value) {
        this.difficulty = Optional.of(value);
    }

    public void expectedSeconds(int seconds) {
        this.expectedSeconds = OptionalInt.of(seconds);
    }

    public void reference(Reference reference) {
        references.add(reference);
    }

    /** Replaces the last reference (a GIFT url or citation line completes the title line before it). */
    public boolean amendLastReference(java.util.function.UnaryOperator<Reference> change) {
        if (references.isEmpty()) {
            return false;
        }
        references.set(references.size() - 1, change.apply(references.get(references.size() - 1)));
        return true;
    }

    public void unit(String value) {
        this.unit = Optional.of(value);
    }

    /** The unit for a numeric answer; empty text when the source had none, which validation then reports. */
    public String unitOrEmpty() {
        return unit.orElse("");
    }

    public Question build(String id, String stem, AnswerSpec answer, String explanation) {
        return new Question(id, objective, tags, difficulty, expectedSeconds, stem, answer, explanation, references);
    }
}
