package org.ketaminetraining.certification.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.bank.model.AssessmentBlueprint;

/**
 * The attempt limit and cooldown of an assessment. The limit stops learners from passing by repeated guessing on
 * freshly drawn items; the cooldown makes them go back and study the missed items (which the failed attempt put
 * into their queue) before trying again.
 *
 * <p>The cooldown is counted in elapsed hours from the moment the last attempt finished, not in study days: it is a
 * waiting period, not a spacing rule, and "24 hours" should mean the same in every time zone and across DST
 * changes. It has ended at exactly {@code finished + cooldownHours}.
 *
 * <p>Which attempts count is the caller's choice: the attempts of the current certification cycle (a new cycle
 * starts with renewal, or when an educator resets the learner), graded against the blueprint in force for it.
 */
public final class AttemptRules {

    private AttemptRules() {
    }

    /**
     * @param blueprint      supplies {@code maxAttempts} and {@code cooldownHours}
     * @param finishedAt     when each finished attempt of this cycle ended, in any order
     * @param anyPassed      whether one of them passed
     * @param now            the instant the learner asks to start
     */
    public static AttemptDecision decide(AssessmentBlueprint blueprint, List<Instant> finishedAt, boolean anyPassed,
            Instant now) {
        Objects.requireNonNull(blueprint, "blueprint");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(now, "now");
        if (anyPassed && finishedAt.isEmpty()) {
            throw new IllegalArgumentException("A passed attempt must be among the finished attempts.");
        }
        int attemptsLeft = Math.max(0, blueprint.maxAttempts() - finishedAt.size());
        if (anyPassed) {
            return new AttemptDecision(AttemptDecision.Verdict.ALREADY_PASSED, attemptsLeft, Optional.empty());
        }
        if (attemptsLeft == 0) {
            return new AttemptDecision(AttemptDecision.Verdict.NO_ATTEMPTS_LEFT, 0, Optional.empty());
        }
        Optional<Instant> cooldownEnds = finishedAt.stream().max(Comparator.naturalOrder())
                .map(last -> last.plus(Duration.ofHours(blueprint.cooldownHours())));
        if (cooldownEnds.isPresent() && now.isBefore(cooldownEnds.get())) {
            return new AttemptDecision(AttemptDecision.Verdict.COOLING_DOWN, attemptsLeft, cooldownEnds);
        }
        return new AttemptDecision(AttemptDecision.Verdict.MAY_START, attemptsLeft, Optional.empty());
    }
}
