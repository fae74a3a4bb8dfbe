package org.ketaminetraining.certification.rules;

import java.util.List;
import java.util.Objects;

/**
 * How far a learner is through one module: of its published items, which are not yet learned. Kept as the list
 * rather than a count so that the dashboard can say what remains, not only how much.
 *
 * @param moduleId       the module
 * @param totalItems     the module's published items
 * @param notYetLearned  the published items not yet learned, in id order
 */
public record ModuleCompletion(String moduleId, int totalItems, List<String> notYetLearned) {

    public ModuleCompletion {
        Objects.requireNonNull(moduleId, "moduleId");
        notYetLearned = List.copyOf(notYetLearned);
        if (totalItems < 0 || notYetLearned.size() > totalItems) {
            throw new IllegalArgumentException("module " + moduleId + ": " + notYetLearned.size()
                    + " items not learned out of " + totalItems);
        }
    }

    public int learnedItems() {
        return totalItems - notYetLearned.size();
    }

    /**
     * All published items learned. A module with no published items is <em>not</em> complete: there is nothing to
     * certify in it and the final assessment could not draw from it, so it must not unlock the assessment.
     */
    public boolean complete() {
        return totalItems > 0 && notYetLearned.isEmpty();
    }
}
