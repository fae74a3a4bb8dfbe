package org.ketaminetraining.insight.items;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One submitted final-assessment attempt.
 *
 * @param attemptId   the attempt's id; also breaks ties when attempts are ranked into thirds
 * @param accountId   the learner's account
 * @param submittedAt when it was submitted (for figures over time)
 * @param items       every item it contained, in the order shown (the position is the "slot" of Cronbach's
 *                    alpha); at least one, each item once
 */
public record ScoredAttempt(long attemptId, long accountId, Instant submittedAt, List<ItemResponse> items) {

    public ScoredAttempt {
        Objects.requireNonNull(submittedAt, "submittedAt");
        Checks.noNulls(items, "items");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("attempt " + attemptId + " contains no item");
        }
        Set<String> seen = new HashSet<>();
        for (ItemResponse item : items) {
            if (!seen.add(item.itemKey())) {
                throw new IllegalArgumentException(
                        "attempt " + attemptId + " contains item " + item.itemKey() + " more than once");
            }
        }
    }

    /** The attempt's score as a fraction: items answered correctly over items contained. */
    public double score() {
        return (double) correctCount() / items.size();
    }

    int correctCount() {
        int correct = 0;
        for (ItemResponse item : items) {
            if (item.correct()) {
                correct++;
            }
        }
        return correct;
    }
}
