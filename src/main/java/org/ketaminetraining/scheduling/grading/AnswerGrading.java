package org.ketaminetraining.scheduling.grading;

import java.time.Duration;
import java.util.Objects;
import org.ketaminetraining.scheduling.Rating;

/**
 * The grading rule, following the FSRS authors' advice for automatically graded items (binary grading loses
 * little accuracy against self-rating):
 * <ul>
 *   <li>wrong → Again; flagged "confidently wrong" when the learner's confidence was HIGH;</li>
 *   <li>correct with LOW confidence → Hard (a pass: a hesitant right answer is still recall);</li>
 *   <li>correct but slower than {@code slowFactor} × the item's expected time → Hard; an item without an expected
 *       time is never Hard by time, since "slow" would have nothing to be measured against;</li>
 *   <li>any other correct answer → Good.</li>
 * </ul>
 * A correct answer is never Again, and automatic grading never gives Easy: a quick answer to a multiple-choice item
 * can be a guess, and FSRS does not correct for guessing.
 *
 * @param slowFactor how many times the expected time counts as "much slower"; default 2.5
 */
public record AnswerGrading(double slowFactor) {

    public static final double DEFAULT_SLOW_FACTOR = 2.5;
    public static final AnswerGrading DEFAULT = new AnswerGrading(DEFAULT_SLOW_FACTOR);

    public AnswerGrading {
        if (!(slowFactor >= 1) || Double.isInfinite(slowFactor)) {
            throw new IllegalArgumentException("slowFactor must be finite and >= 1, was " + slowFactor);
        }
    }

    public Grade grade(QuizAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        if (!answer.correct()) {
            return new Grade(Rating.AGAIN, answer.confidence() == Confidence.HIGH);
        }
        boolean hesitant = answer.confidence() == Confidence.LOW || isMuchSlower(answer);
        return new Grade(hesitant ? Rating.HARD : Rating.GOOD, false);
    }

    private boolean isMuchSlower(QuizAnswer answer) {
        return answer.expectedTime()
                .map(expected -> nanos(answer.responseTime()) > slowFactor * nanos(expected))
                .orElse(false);
    }

    private static double nanos(Duration duration) {
        return duration.getSeconds() * 1e9 + duration.getNano();
    }
}
