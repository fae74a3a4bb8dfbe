package org.ketaminetraining.certification.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.CompletionStatus;

/**
 * Where a learner stands in one programme: items learned per module, whether the assessment is open to them, their
 * open or latest attempt, and their current certificate.
 *
 * @param renewalDue true when the learner holds a certificate in its renewal window, so the assessment on offer
 *                   is the renewal assessment
 * @param openAttemptTimedOut true when the open attempt's time ran out and it waits to be marked (reads write
 *                   nothing; the next write or the sweep marks it within a minute): the learner is offered its
 *                   result, not a resumption
 * @param assessment the rules of the assessment on offer (the renewal blueprint when {@code renewalDue}), which
 *                   the learner is told before starting: pass mark, the safety-critical rule, attempts, cooldown,
 *                   time limit (before any personal extension). Empty only from callers that predate it.
 */
public record ProgrammeStanding(String programmeId, String programmeTitle, List<ModuleStanding> modules,
        int minimumSpacingDays, boolean assessmentUnlocked, AttemptDecision decision,
        Optional<String> openAttemptToken, boolean openAttemptTimedOut, Optional<AttemptSummary> latestAttempt,
        Optional<CertificateSummary> certificate, boolean renewalDue, CompletionStatus status,
        Optional<AssessmentBlueprint> assessment) {

    public ProgrammeStanding {
        modules = List.copyOf(modules);
        Objects.requireNonNull(assessment, "assessment");
    }

    public int learnedItems() {
        return modules.stream().mapToInt(ModuleStanding::learned).sum();
    }

    public int totalItems() {
        return modules.stream().mapToInt(ModuleStanding::total).sum();
    }

    /** Learned items and total of one module. */
    public record ModuleStanding(String moduleId, String title, int learned, int total) {
    }

    /** An attempt as listed: when, how far, and its verdict once submitted. */
    public record AttemptSummary(String token, boolean renewal, Instant startedAt, Optional<Instant> submittedAt,
            Optional<Integer> correct, int total, Optional<Boolean> passed) {
    }
}
