package org.ketaminetraining.certification.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.ModuleScore;

/**
 * A submitted attempt: the verdict and why, the score per module, every item with the learner's answer and the
 * explanation, the certificate issued on a pass, and what the learner may do next.
 *
 * @param safetyCriticalMissed how many safety-critical items were wrong or unanswered (any one fails the attempt
 *                             when the programme requires them all)
 */
public record AttemptResult(String token, String programmeId, String programmeTitle, boolean renewal,
        Instant submittedAt, int correct, int total, double passMark, boolean passMarkReached,
        int safetyCriticalMissed, boolean passed, List<ModuleScore> modules, List<ReviewedItem> items,
        Optional<String> certificateCode, AttemptDecision next) {

    public AttemptResult {
        modules = List.copyOf(modules);
        items = List.copyOf(items);
    }

    /** Share of items answered correctly, 0 to 1. */
    public double score() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** One item after grading. */
    public record ReviewedItem(int position, String moduleTitle, Question question, List<Integer> displayOrder,
            Optional<Response> response, boolean correct) {

        public ReviewedItem {
            displayOrder = List.copyOf(displayOrder);
        }
    }
}
