package org.ketaminetraining.scheduling.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;

class AnswerGradingTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
    private final AnswerGrading grading = AnswerGrading.DEFAULT;

    @Test
    void wrongIsAgain() {
        Grade grade = grading.grade(QuizAnswer.of(false, Confidence.MEDIUM, Duration.ofSeconds(5), TEN_SECONDS));
        assertThat(grade).isEqualTo(new Grade(Rating.AGAIN, false));
    }

    @Test
    void wrongWithHighConfidenceIsFlaggedForEducators() {
        assertThat(grading.grade(QuizAnswer.of(false, Confidence.HIGH, Duration.ofSeconds(5))))
                .isEqualTo(new Grade(Rating.AGAIN, true));
        assertThat(grading.grade(QuizAnswer.of(false, Confidence.NOT_STATED, Duration.ofSeconds(5)))
                .confidentlyWrong()).isFalse();
        assertThat(grading.grade(QuizAnswer.of(false, Confidence.LOW, Duration.ofSeconds(5))).confidentlyWrong())
                .isFalse();
    }

    @Test
    void correctIsGood() {
        assertThat(grading.grade(QuizAnswer.of(true, Confidence.HIGH, Duration.ofSeconds(8), TEN_SECONDS)))
                .isEqualTo(new Grade(Rating.GOOD, false));
        assertThat(grading.grade(QuizAnswer.of(true, Confidence.NOT_STATED, Duration.ofSeconds(8))).rating())
                .isEqualTo(Rating.GOOD);
    }

    @Test
    void correctButUnsureIsHard() {
        assertThat(grading.grade(QuizAnswer.of(true, Confidence.LOW, Duration.ofSeconds(3), TEN_SECONDS)).rating())
                .isEqualTo(Rating.HARD);
        assertThat(grading.grade(QuizAnswer.of(true, Confidence.MEDIUM, Duration.ofSeconds(3))).rating())
                .isEqualTo(Rating.GOOD);
    }

    @Test
    void correctButMoreThanTwoAndAHalfTimesTheExpectedTimeIsHard() {
        assertThat(grading.grade(QuizAnswer.of(true, Confidence.HIGH, Duration.ofSeconds(25), TEN_SECONDS)).rating())
                .as("exactly 2.5 times is not yet much slower").isEqualTo(Rating.GOOD);
        assertThat(grading.grade(QuizAnswer.of(true, Confidence.HIGH, Duration.ofMillis(25_001), TEN_SECONDS))
                .rating()).isEqualTo(Rating.HARD);
    }

    @Test
    void withoutAnExpectedTimeSlownessNeverMakesHard() {
        assertThat(grading.grade(QuizAnswer.of(true, Confidence.HIGH, Duration.ofHours(2))).rating())
                .isEqualTo(Rating.GOOD);
    }

    @Test
    void theSlowFactorIsConfigurable() {
        AnswerGrading strict = new AnswerGrading(1.5);
        assertThat(strict.grade(QuizAnswer.of(true, Confidence.HIGH, Duration.ofSeconds(16), TEN_SECONDS)).rating())
                .isEqualTo(Rating.HARD);
        assertThatThrownBy(() -> new AnswerGrading(0.5)).hasMessageContaining(">= 1");
    }

    @Test
    void answersAreValidated() {
        assertThatThrownBy(() -> QuizAnswer.of(true, Confidence.LOW, Duration.ofSeconds(-1)))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> QuizAnswer.of(true, Confidence.LOW, Duration.ofSeconds(1), Duration.ZERO))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new Grade(Rating.GOOD, true)).hasMessageContaining("only a wrong answer");
    }

    @Property
    void aCorrectAnswerIsNeverAgainNorEasy(@ForAll Confidence confidence,
            @ForAll @LongRange(max = 10_000_000) long responseMillis,
            @ForAll @LongRange(min = 0, max = 600_000) long expectedMillis) {
        Optional<Duration> expected = expectedMillis == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(
                expectedMillis));
        Grade grade = grading.grade(new QuizAnswer(true, confidence, Duration.ofMillis(responseMillis), expected));
        assertThat(grade.rating()).isIn(Rating.HARD, Rating.GOOD);
        assertThat(grade.confidentlyWrong()).isFalse();
    }

    @Property
    void aWrongAnswerIsAlwaysAgain(@ForAll Confidence confidence,
            @ForAll @LongRange(max = 10_000_000) long responseMillis) {
        Grade grade = grading.grade(QuizAnswer.of(false, confidence, Duration.ofMillis(responseMillis)));
        assertThat(grade.rating()).isEqualTo(Rating.AGAIN);
        assertThat(grade.confidentlyWrong()).isEqualTo(confidence == Confidence.HIGH);
    }
}
