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
    public static final String OBJECTIVE_TAG = "objective:";
    public static final String DIFFICULTY_TAG = "difficulty:";
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

    /**
     * A Moodle tag: {@code objective:<id>} and {@code difficulty:<level>} are the bank fields the exporters write as
     * tags, so that they survive a trip through Moodle; any other tag is a tag.
     */
    public void moodleTag(String text) {
        if (text.startsWith(OBJECTIVE_TAG)) {
            objective(text.substring(OBJECTIVE_TAG.length()));
        } else if (text.startsWith(DIFFICULTY_TAG)
                && Difficulty.fromYamlName(text.substring(DIFFICULTY_TAG.length())).isPresent()) {
            difficulty(Difficulty.fromYamlName(text.substring(DIFFICULTY_TAG.length())).get());
        } else if (!text.isEmpty()) {
            tag(text);
        }
    }

    /** The tags a question is exported with: its own, then its objective and difficulty as prefixed tags. */
    public static List<String> moodleTags(Question question) {
        List<String> tags = new ArrayList<>(question.tags());
        if (!question.objectiveId().isEmpty()) {
            tags.add(OBJECTIVE_TAG + question.objectiveId());
        }
        question.difficulty().ifPresent(d -> tags.add(DIFFICULTY_TAG + d.yamlName()));
        return tags;
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
