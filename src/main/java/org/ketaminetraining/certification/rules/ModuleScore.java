package org.ketaminetraining.certification.rules;

import java.util.Objects;

/**
 * One module's share of an attempt. Shown after every attempt, passed or failed, because a learner who passes
 * overall may still be weak in one module, and a learner who fails needs to know where to study.
 */
public record ModuleScore(String moduleId, int correct, int total) {

    public ModuleScore {
        Objects.requireNonNull(moduleId, "moduleId");
        if (total < 1 || correct < 0 || correct > total) {
            throw new IllegalArgumentException("module " + moduleId + ": " + correct + " correct of " + total);
        }
    }

    /** Share of the module's items answered correctly, in [0, 1]. */
    public double share() {
        return (double) correct / total;
    }
}
