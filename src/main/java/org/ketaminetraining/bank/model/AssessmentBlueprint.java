package org.ketaminetraining.bank.model;

import java.util.OptionalInt;

/**
 * How a certifying assessment is assembled and passed: so many items drawn from each required module, a pass mark
 * as a share of items, and optionally the rule that every safety-critical item must be answered correctly.
 */
public record AssessmentBlueprint(
        int itemsPerModule,
        double passMark,
        boolean allSafetyCriticalCorrect,
        int maxAttempts,
        int cooldownHours,
        OptionalInt timeLimitMinutes) {

    public AssessmentBlueprint {
        if (itemsPerModule < 1 || maxAttempts < 1 || cooldownHours < 0) {
            throw new IllegalArgumentException("blueprint counts out of range");
        }
        if (!(passMark > 0 && passMark <= 1)) {
            throw new IllegalArgumentException("pass mark must be in (0, 1]: " + passMark);
        }
        java.util.Objects.requireNonNull(timeLimitMinutes, "timeLimitMinutes");
    }
}
