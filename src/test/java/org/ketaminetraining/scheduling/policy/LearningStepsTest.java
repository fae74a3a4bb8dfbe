package org.ketaminetraining.scheduling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;

class LearningStepsTest {

    private final LearningSteps learning = LearningSteps.ofMinutes(1, 10);
    private final LearningSteps relearning = LearningSteps.ofMinutes(10);

    @Test
    void againRestartsAtTheFirstStep() {
        assertThat(learning.after(1, Rating.AGAIN)).contains(new LearningSteps.Step(0, Duration.ofMinutes(1)));
    }

    @Test
    void hardOnTheFirstStepWaitsHalfwayToTheSecond() {
        assertThat(learning.after(0, Rating.HARD)).contains(new LearningSteps.Step(0, Duration.ofSeconds(330)));
        assertThat(learning.after(1, Rating.HARD)).contains(new LearningSteps.Step(1, Duration.ofMinutes(10)));
    }

    @Test
    void hardOnALoneStepWaitsOneAndAHalfTimesIt() {
        assertThat(relearning.after(0, Rating.HARD)).contains(new LearningSteps.Step(0, Duration.ofMinutes(15)));
    }

    @Test
    void goodMovesOnAndGraduatesAfterTheLastStep() {
        assertThat(learning.after(0, Rating.GOOD)).contains(new LearningSteps.Step(1, Duration.ofMinutes(10)));
        assertThat(learning.after(1, Rating.GOOD)).isEmpty();
        assertThat(relearning.after(0, Rating.GOOD)).isEmpty();
    }

    @Test
    void easyAlwaysGraduates() {
        assertThat(learning.after(0, Rating.EASY)).isEmpty();
    }

    @Test
    void aStepIndexBeyondShortenedStepsCountsAsTheLast() {
        assertThat(relearning.after(3, Rating.GOOD)).isEmpty();
        assertThat(relearning.after(3, Rating.HARD)).contains(new LearningSteps.Step(0, Duration.ofMinutes(15)));
    }

    @Test
    void noStepsMeansEveryRatingGraduates() {
        for (Rating rating : Rating.values()) {
            assertThat(LearningSteps.none().after(0, rating)).isEmpty();
        }
    }

    @Test
    void stepsMustBePositiveAndWithinADay() {
        assertThatThrownBy(() -> new LearningSteps(List.of(Duration.ZERO))).hasMessageContaining("positive");
        assertThatThrownBy(() -> new LearningSteps(List.of(Duration.ofDays(1)))).hasMessageContaining("shorter");
        assertThat(LearningSteps.ofMinutes(1, 10)).isEqualTo(learning).hasSameHashCodeAs(learning);
    }
}
