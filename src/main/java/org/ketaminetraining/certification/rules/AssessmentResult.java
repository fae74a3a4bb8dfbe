package org.ketaminetraining.certification.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ketaminetraining.bank.model.AssessmentBlueprint;

/**
 * The verdict on a finished assessment attempt: score, pass or fail, the per-module breakdown, and the items that
 * were missed.
 *
 * <p>Pass requires the score to reach the pass mark <em>and</em>, when the blueprint says so, every
 * safety-critical item to be correct: a high score must not certify someone who got the maximum dose or the
 * contraindications wrong. Both reasons are kept apart ({@link #passMarkReached()},
 * {@link #safetyCriticalMissed()}) so that the learner is told which one failed them.
 *
 * <p>The missed items (wrong or unanswered) go back into the learner's study queue; that is the service's job,
 * this record only names them.
 *
 * @param correct               items answered correctly
 * @param total                 items in the attempt
 * @param passMarkReached       {@code correct / total >= passMark}, within a tolerance of {@value #TOLERANCE}
 *                              so that a pass mark written as a decimal (0.7) is met by exactly that fraction (7
 *                              of 10) despite binary rounding
 * @param passed                the verdict
 * @param byModule              per module, in the order modules first appear among the items
 * @param missedItemIds         wrong or unanswered items, in attempt order
 * @param safetyCriticalMissed  the safety-critical items among them, whether or not the blueprint requires them
 */
public record AssessmentResult(int correct, int total, boolean passMarkReached, boolean passed,
        List<ModuleScore> byModule, List<String> missedItemIds, List<String> safetyCriticalMissed) {

    /** Slack in comparing a score with the pass mark, far below one item in any realistic assessment. */
    public static final double TOLERANCE = 1e-9;

    public AssessmentResult {
        byModule = List.copyOf(byModule);
        missedItemIds = List.copyOf(missedItemIds);
        safetyCriticalMissed = List.copyOf(safetyCriticalMissed);
    }

    /**
     * Grades an attempt.
     *
     * @param items every item of the attempt, answered or not
     * @throws IllegalArgumentException when there are no items, or an item appears twice
     */
    public static AssessmentResult grade(List<AssessedItem> items, AssessmentBlueprint blueprint) {
        Objects.requireNonNull(blueprint, "blueprint");
        return grade(items, blueprint.passMark(), blueprint.allSafetyCriticalCorrect());
    }

    /**
     * Grades an attempt by the pass rules it started under (an attempt keeps them, so that a curriculum changed
     * while it runs cannot move the pass mark).
     *
     * @param items every item of the attempt, answered or not
     * @throws IllegalArgumentException when there are no items, or an item appears twice
     */
    public static AssessmentResult grade(List<AssessedItem> items, double passMark,
            boolean allSafetyCriticalCorrect) {
        Objects.requireNonNull(items, "items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("An attempt without items cannot be graded.");
        }
        Set<String> seen = new HashSet<>();
        Map<String, int[]> perModule = new LinkedHashMap<>();
        int correct = 0;
        for (AssessedItem item : items) {
            if (!seen.add(item.itemId())) {
                throw new IllegalArgumentException("Item " + item.itemId() + " appears twice in the attempt.");
            }
            int[] counts = perModule.computeIfAbsent(item.moduleId(), module -> new int[2]);
            counts[1]++;
            if (item.correct()) {
                counts[0]++;
                correct++;
            }
        }
        List<String> missed = items.stream().filter(item -> !item.correct()).map(AssessedItem::itemId).toList();
        List<String> criticalMissed = items.stream().filter(item -> !item.correct() && item.safetyCritical())
                .map(AssessedItem::itemId).toList();
        boolean passMarkReached = meetsPassMark(correct, items.size(), passMark);
        boolean passed = passMarkReached && (!allSafetyCriticalCorrect || criticalMissed.isEmpty());
        List<ModuleScore> byModule = perModule.entrySet().stream()
                .map(entry -> new ModuleScore(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
        return new AssessmentResult(correct, items.size(), passMarkReached, passed, byModule, missed, criticalMissed);
    }

    /** The fewest correct answers out of {@code total} that reach {@code passMark}: what the learner is told. */
    public static int requiredCorrect(int total, double passMark) {
        for (int correct = 0; correct <= total; correct++) {
            if (meetsPassMark(correct, total, passMark)) {
                return correct;
            }
        }
        return total;
    }

    private static boolean meetsPassMark(int correct, int total, double passMark) {
        return (double) correct / total >= passMark - TOLERANCE;
    }

    /** Share of items answered correctly, in [0, 1]. */
    public double score() {
        return (double) correct / total;
    }
}
