package org.ketaminetraining.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;

/** Fixed inputs against values worked out by hand from the formulas in shared/fsrs/README.md. */
class MemoryModelTest {

    private final MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);

    @Test
    void recallIsNinetyPercentAfterStabilityDays() {
        for (double s : new double[]{0.5, 2.3065, 40, 3000}) {
            assertThat(model.retrievability(s, s)).isCloseTo(0.9, within(1e-12));
            assertThat(model.intervalDays(0.9, s)).isCloseTo(s, within(1e-9 * s));
        }
    }

    @Test
    void recallIsCertainRightAfterAReview() {
        assertThat(model.retrievability(0, 5)).isEqualTo(1.0);
    }

    @Test
    void higherDesiredRetentionMeansShorterIntervals() {
        assertThat(model.intervalDays(0.95, 10)).isLessThan(10);
        assertThat(model.intervalDays(0.85, 10)).isGreaterThan(10);
    }

    @Test
    void firstRatingSetsStabilityToItsWeightAndClampsDifficulty() {
        assertThat(model.initial(Rating.AGAIN)).isEqualTo(new MemoryState(0.212, 6.4133));
        assertThat(model.initial(Rating.GOOD).stability()).isEqualTo(2.3065);
        assertThat(model.initial(Rating.GOOD).difficulty())
                .isCloseTo(6.4133 - Math.exp(0.8334 * 2) + 1, within(1e-12));
        assertThat(model.initial(Rating.EASY).difficulty()).as("D0(Easy) is negative, clamped to 1").isEqualTo(1);
    }

    @Test
    void difficultyRevertsTowardsUnclampedEasyDifficulty() {
        double d0Easy = 6.4133 - Math.exp(0.8334 * 3) + 1;
        double damped = 5 - 3.0194 * (1 - 3) * (10 - 5) / 9.0;
        assertThat(model.nextDifficulty(5, Rating.AGAIN)).isCloseTo(0.001 * d0Easy + 0.999 * damped, within(1e-12));
        assertThat(model.nextDifficulty(5, Rating.GOOD)).isCloseTo(0.001 * d0Easy + 0.999 * 5, within(1e-12));
        assertThat(model.nextDifficulty(1, Rating.EASY)).isEqualTo(1);
        assertThat(model.nextDifficulty(10, Rating.AGAIN)).isCloseTo(10, within(0.02));
    }

    @Test
    void lapseNeverLeavesStabilityAboveTheCap() {
        double s = 100;
        double after = model.stabilityAfterLapse(s, 5, 0.9);
        assertThat(after).isLessThanOrEqualTo(s / Math.exp(0.5425 * 0.0912));
        assertThat(after).isLessThan(s);
    }

    @Test
    void sameDayPassNeverLowersStabilityButAgainMay() {
        assertThat(model.stabilityOnSameDay(100, Rating.HARD)).isEqualTo(100);
        assertThat(model.stabilityOnSameDay(0.5, Rating.GOOD)).isGreaterThan(0.5);
        assertThat(model.stabilityOnSameDay(5, Rating.AGAIN)).isLessThan(5);
    }

    @Test
    void sameDayReviewUsesTheSameDayFormula() {
        MemoryState state = new MemoryState(3, 5);
        assertThat(model.next(state, 0, Rating.GOOD).stability())
                .isEqualTo(model.stabilityOnSameDay(3, Rating.GOOD));
    }

    @Test
    void rejectsNegativeElapsedTimeAndImpossibleRetention() {
        MemoryState state = new MemoryState(3, 5);
        assertThatThrownBy(() -> model.next(state, -1, Rating.GOOD)).hasMessageContaining("elapsed days");
        assertThatThrownBy(() -> model.intervalDays(1.0, 3)).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> new MemoryState(0, 5)).hasMessageContaining("stability");
        assertThatThrownBy(() -> new MemoryState(1, 10.5)).hasMessageContaining("difficulty");
    }
}
