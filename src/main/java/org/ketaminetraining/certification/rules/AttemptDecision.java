package org.ketaminetraining.certification.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a learner may start an assessment attempt now, and if not, why and until when. One value rather than a
 * boolean so that the page can say "you may try again at 14:05" or "no attempts left, ask your educator".
 *
 * @param verdict       the decision
 * @param attemptsLeft  attempts still allowed after those already finished (0 when none)
 * @param notBefore     when cooling down, the first instant at which an attempt may start
 */
public record AttemptDecision(Verdict verdict, int attemptsLeft, Optional<Instant> notBefore) {

    /** Why an attempt may or may not start. */
    public enum Verdict {
        /** An attempt may start now. */
        MAY_START,
        /** The cooldown after the last attempt has not ended; see {@code notBefore}. */
        COOLING_DOWN,
        /** Every allowed attempt was used without passing; an educator must decide what happens next. */
        NO_ATTEMPTS_LEFT,
        /** An attempt was passed: there is nothing to retake. */
        ALREADY_PASSED
    }

    public AttemptDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(notBefore, "notBefore");
        if (notBefore.isPresent() != (verdict == Verdict.COOLING_DOWN)) {
            throw new IllegalArgumentException("notBefore is given exactly when cooling down");
        }
    }

    public boolean mayStart() {
        return verdict == Verdict.MAY_START;
    }
}
