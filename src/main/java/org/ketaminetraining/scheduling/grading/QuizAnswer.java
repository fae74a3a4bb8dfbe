package org.ketaminetraining.scheduling.grading;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the quiz knows about one answer.
 *
 * @param correct      whether the answer was right
 * @param confidence   the learner's stated confidence, or {@link Confidence#NOT_STATED}
 * @param responseTime time from showing the question to the answer; zero or more
 * @param expectedTime how long the item should take a competent learner, when the item declares it
 */
public record QuizAnswer(boolean correct, Confidence confidence, Duration responseTime,
        Optional<Duration> expectedTime) {

    public QuizAnswer {
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(responseTime, "responseTime");
        Objects.requireNonNull(expectedTime, "expectedTime");
        if (responseTime.isNegative()) {
            throw new IllegalArgumentException("responseTime must not be negative, was " + responseTime);
        }
        expectedTime.ifPresent(expected -> {
            if (expected.isNegative() || expected.isZero()) {
                throw new IllegalArgumentException("expectedTime must be positive, was " + expected);
            }
        });
    }

    /** An answer to an item that declares no expected time. */
    public static QuizAnswer of(boolean correct, Confidence confidence, Duration responseTime) {
        return new QuizAnswer(correct, confidence, responseTime, Optional.empty());
    }

    public static QuizAnswer of(boolean correct, Confidence confidence, Duration responseTime,
            Duration expectedTime) {
        return new QuizAnswer(correct, confidence, responseTime, Optional.of(expectedTime));
    }
}
