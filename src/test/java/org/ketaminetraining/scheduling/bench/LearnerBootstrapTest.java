package org.ketaminetraining.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LearnerBootstrapTest {

    @Test
    void percentileInterpolatesBetweenClosestRanks() {
        double[] sorted = {1, 2, 3, 4, 5};
        // rank = q · (n - 1): 0.25 · 4 = 1 -> 2; 0.1 · 4 = 0.4 -> 1 + 0.4 · (2 - 1) = 1.4
        assertThat(LearnerBootstrap.percentile(sorted, 0.25)).isEqualTo(2);
        assertThat(LearnerBootstrap.percentile(sorted, 0.1)).isCloseTo(1.4, within(1e-12));
        assertThat(LearnerBootstrap.percentile(sorted, 1)).isEqualTo(5);
        assertThat(LearnerBootstrap.percentile(sorted, 0)).isEqualTo(1);
    }

    @Test
    void identicalLearnersGiveAnIntervalOfNoWidth() {
        LearnerBootstrap.Interval[] intervals = LearnerBootstrap.intervals(20, 200, 1, drawn -> new double[]{3.5});

        assertThat(intervals[0].low()).isEqualTo(3.5);
        assertThat(intervals[0].high()).isEqualTo(3.5);
    }

    /**
     * The mean of learner values 0..49: 24.5, with standard deviation sqrt((50² − 1) / 12) · sqrt(50 / 49) ≈ 14.58,
     * so the standard error is about 14.58 / sqrt(50) ≈ 2.06 and a 95% interval about ±4.0 wide each side.
     */
    @Test
    void theIntervalOfAMeanHasTheExpectedWidth() {
        LearnerBootstrap.Interval[] intervals = LearnerBootstrap.intervals(50, 2000, 7,
                drawn -> new double[]{Arrays.stream(drawn).average().orElseThrow()});

        assertThat(intervals[0].low()).isLessThan(24.5).isCloseTo(24.5 - 4.0, within(0.6));
        assertThat(intervals[0].high()).isGreaterThan(24.5).isCloseTo(24.5 + 4.0, within(0.6));
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        LearnerBootstrap.Interval[] first = LearnerBootstrap.intervals(30, 300, 5,
                drawn -> new double[]{Arrays.stream(drawn).sum(), drawn[0]});
        LearnerBootstrap.Interval[] again = LearnerBootstrap.intervals(30, 300, 5,
                drawn -> new double[]{Arrays.stream(drawn).sum(), drawn[0]});

        assertThat(again).containsExactly(first);
    }

    @Test
    void aStatisticMissingInMoreThanFivePercentOfResamplesHasNoInterval() {
        int[] calls = {0};
        LearnerBootstrap.Interval[] intervals = LearnerBootstrap.intervals(10, 100, 3,
                drawn -> new double[]{calls[0]++ % 10 == 0 ? Double.NaN : 1.0, 2.0});

        assertThat(intervals[0].isKnown()).isFalse();
        assertThat(intervals[1].isKnown()).isTrue();
    }

    @Test
    void rejectsTooFewLearnersOrResamples() {
        assertThatThrownBy(() -> LearnerBootstrap.intervals(1, 100, 1, drawn -> new double[]{0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> LearnerBootstrap.intervals(10, 99, 1, drawn -> new double[]{0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100 resamples");
    }
}
