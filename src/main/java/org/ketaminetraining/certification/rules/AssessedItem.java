package org.ketaminetraining.certification.rules;

import java.util.Objects;

/**
 * One item of a finished attempt as grading needs it. An item the learner did not answer (time ran out, or the
 * attempt was submitted early) is {@link Outcome#UNANSWERED} and counts as wrong: a certificate cannot rest on
 * questions that were skipped.
 */
public record AssessedItem(String itemId, String moduleId, boolean safetyCritical, Outcome outcome) {

    /** What happened to the item in the attempt. */
    public enum Outcome {
        CORRECT, WRONG, UNANSWERED
    }

    public AssessedItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** An answered item, correct or not. */
    public static AssessedItem answered(String itemId, String moduleId, boolean safetyCritical, boolean correct) {
        return new AssessedItem(itemId, moduleId, safetyCritical, correct ? Outcome.CORRECT : Outcome.WRONG);
    }

    public static AssessedItem unanswered(String itemId, String moduleId, boolean safetyCritical) {
        return new AssessedItem(itemId, moduleId, safetyCritical, Outcome.UNANSWERED);
    }

    public boolean correct() {
        return outcome == Outcome.CORRECT;
    }
}
