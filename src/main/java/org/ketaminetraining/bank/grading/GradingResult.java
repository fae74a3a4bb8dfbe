package org.ketaminetraining.bank.grading;

import java.util.List;

/**
 * Whether a response was correct, and the feedback (Markdown) the author wrote for what the learner chose, in the
 * authored order. The question's explanation is not repeated here; it is always shown after an answer.
 */
public record GradingResult(boolean correct, List<String> feedback) {
    public GradingResult {
        feedback = List.copyOf(feedback);
    }
}
