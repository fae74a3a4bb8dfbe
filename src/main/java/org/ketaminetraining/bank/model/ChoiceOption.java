package org.ketaminetraining.bank.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One option of a single-choice or multiple-response question. The feedback (Markdown) is what a learner sees
 * after choosing this option, so it can explain exactly that misconception.
 */
public record ChoiceOption(String text, boolean correct, Optional<String> feedback) {
    public ChoiceOption {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(feedback, "feedback");
    }

    public static ChoiceOption correct(String text) {
        return new ChoiceOption(text, true, Optional.empty());
    }

    public static ChoiceOption wrong(String text) {
        return new ChoiceOption(text, false, Optional.empty());
    }
}
