package org.ketaminetraining.certification.rules;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.Programme;

/** Programmes and blueprints for the rule tests, with only the values a test cares about spelled out. */
final class Programmes {

    static final AssessmentBlueprint FINAL = blueprint(3, 0.8, true, 3, 24);

    private Programmes() {
    }

    static AssessmentBlueprint blueprint(int itemsPerModule, double passMark, boolean allSafetyCriticalCorrect,
            int maxAttempts, int cooldownHours) {
        return new AssessmentBlueprint(itemsPerModule, passMark, allSafetyCriticalCorrect, maxAttempts, cooldownHours,
                OptionalInt.of(45));
    }

    static Programme programme(List<String> requiredModules, int minimumSpacingDays) {
        return programme(requiredModules, minimumSpacingDays, FINAL, Optional.empty());
    }

    static Programme programme(List<String> requiredModules, int minimumSpacingDays, AssessmentBlueprint assessment,
            Optional<AssessmentBlueprint> renewal) {
        return new Programme("ketamine-basics", "Ketamine basics", Optional.empty(), requiredModules, 0.9, 0.95,
                minimumSpacingDays, assessment, renewal, 24, 90, 0.8, OptionalDouble.empty(), Optional.empty());
    }
}
