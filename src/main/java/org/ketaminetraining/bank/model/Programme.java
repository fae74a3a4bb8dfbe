package org.ketaminetraining.bank.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A certifiable programme: which modules it requires, the memory targets its study plan aims at, its final (and
 * optional renewal) assessment, and how long the certificate lasts. Values left out of curriculum.yaml arrive here
 * with their defaults already applied, so callers never repeat the defaults.
 */
public record Programme(
        String id,
        String title,
        Optional<String> description,
        List<String> requiredModules,
        double desiredRetention,
        double safetyCriticalRetention,
        int minimumSpacingDays,
        AssessmentBlueprint assessment,
        Optional<AssessmentBlueprint> renewalAssessment,
        int validityMonths,
        int renewalWindowDays,
        double refresherRecallThreshold,
        OptionalDouble contactHours,
        Optional<String> provider,
        ReminderDays reminders) {

    public static final double DEFAULT_DESIRED_RETENTION = 0.90;
    public static final double DEFAULT_SAFETY_CRITICAL_RETENTION = 0.95;
    public static final int DEFAULT_MINIMUM_SPACING_DAYS = 1;

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        requiredModules = List.copyOf(requiredModules);
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(renewalAssessment, "renewalAssessment");
        Objects.requireNonNull(contactHours, "contactHours");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(reminders, "reminders");
    }

    /** A programme with the default reminder days (curriculum.yaml without {@code reminders}). */
    public Programme(String id, String title, Optional<String> description, List<String> requiredModules,
            double desiredRetention, double safetyCriticalRetention, int minimumSpacingDays,
            AssessmentBlueprint assessment, Optional<AssessmentBlueprint> renewalAssessment, int validityMonths,
            int renewalWindowDays, double refresherRecallThreshold, OptionalDouble contactHours,
            Optional<String> provider) {
        this(id, title, description, requiredModules, desiredRetention, safetyCriticalRetention, minimumSpacingDays,
                assessment, renewalAssessment, validityMonths, renewalWindowDays, refresherRecallThreshold,
                contactHours, provider, ReminderDays.DEFAULTS);
    }

    /** The retention target for a question, depending on whether it is safety-critical. */
    public double retentionTargetFor(Question question) {
        return question.isSafetyCritical() ? safetyCriticalRetention : desiredRetention;
    }
}
