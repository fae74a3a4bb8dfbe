package org.ketaminetraining.insight.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static final double EPS = 1e-6;

    private static PredictedOutcome recalled(double p) {
        return new PredictedOutcome(p, true);
    }

    private static PredictedOutcome forgotten(double p) {
        return new PredictedOutcome(p, false);
    }

    /**
     * Five reviews in two bins of width 0.5.
     *
     * <pre>
     * bin [0, 0.5):   0.2 forgotten, 0.4 recalled             n=2, mean 0.3,         observed 1/2
     * bin [0.5, 1]:   0.6 recalled, 0.8 recalled, 0.8 forgot  n=3, mean 2.2/3=0.7333, observed 2/3
     * RMSE(bins) = sqrt((2·(0.3 − 0.5)² + 3·(0.7333 − 0.6667)²) / 5) = sqrt((0.08 + 0.013333) / 5)
     *            = sqrt(0.0186667) = 0.136626
     *   (unweighted, sqrt((0.04 + 0.004444) / 2) = 0.149071, would be wrong)
     * log loss   = −(ln 0.8 + ln 0.4 + ln 0.6 + ln 0.8 + ln 0.2) / 5
     *            = (0.223144 + 0.916291 + 0.510826 + 0.223144 + 1.609438) / 5 = 3.482843 / 5 = 0.696569
     * AUC: recalled {0.4, 0.6, 0.8} against forgotten {0.2, 0.8}:
     *      0.4: beats 0.2, loses to 0.8 = 1;  0.6: 1;  0.8: beats 0.2, ties 0.8 = 1.5;  3.5 / (3·2) = 0.583333
     * </pre>
     */
    @Test
    void handComputedFixture() {
        CalibrationReport report = Calibration.of(List.of(forgotten(0.2), recalled(0.4), recalled(0.6),
                recalled(0.8), forgotten(0.8)), 2);

        assertThat(report.reviews()).isEqualTo(5);
        assertThat(report.bins()).hasSize(2);
        CalibrationBin low = report.bins().get(0);
        assertThat(low.lowerBound()).isEqualTo(0);
        assertThat(low.upperBound()).isEqualTo(0.5);
        assertThat(low.count()).isEqualTo(2);
        assertThat(low.meanPredicted()).isCloseTo(0.3, within(EPS));
        assertThat(low.observedRecall()).isEqualTo(0.5);
        CalibrationBin high = report.bins().get(1);
        assertThat(high.lowerBound()).isEqualTo(0.5);
        assertThat(high.upperBound()).isEqualTo(1);
        assertThat(high.count()).isEqualTo(3);
        assertThat(high.meanPredicted()).isCloseTo(0.733333, within(EPS));
        assertThat(high.observedRecall()).isCloseTo(0.666667, within(EPS));
        assertThat(report.rmseBins().getAsDouble()).isCloseTo(0.136626, within(EPS));
        assertThat(report.logLoss().getAsDouble()).isCloseTo(0.696569, within(EPS));
        assertThat(report.auc().getAsDouble()).isCloseTo(0.583333, within(EPS));
    }

    @Test
    void onlyNonEmptyBinsAreListedLowestFirstWithTheirEqualWidthBounds() {
        CalibrationReport report = Calibration.of(List.of(recalled(0.93), forgotten(0.12), recalled(0.91)),
                Calibration.DEFAULT_BINS);

        assertThat(report.bins()).extracting(CalibrationBin::lowerBound).containsExactly(0.1, 0.9);
        assertThat(report.bins()).extracting(CalibrationBin::upperBound).containsExactly(0.15, 0.95);
        assertThat(report.bins()).extracting(CalibrationBin::count).containsExactly(1, 2);
        // Bin errors 0.12 (one review) and 0.08 (two): (1·0.12² + 2·0.08²) / 3 = (0.0144 + 0.0128) / 3
        assertThat(report.rmseBins().getAsDouble()).isCloseTo(Math.sqrt(0.0272 / 3), within(EPS));
    }

    @Test
    void aLowerBoundBelongsToTheBinAboveAndOneToTheLastBin() {
        CalibrationReport report = Calibration.of(List.of(recalled(0.5), recalled(1.0), forgotten(0.0)), 2);

        assertThat(report.bins()).extracting(CalibrationBin::count).containsExactly(1, 2);
        assertThat(report.bins().get(1).meanPredicted()).isEqualTo(0.75);
    }

    @Test
    void noReviewsGiveNoFigures() {
        CalibrationReport report = Calibration.of(List.of(), Calibration.DEFAULT_BINS);

        assertThat(report.reviews()).isZero();
        assertThat(report.bins()).isEmpty();
        assertThat(report.rmseBins()).isEmpty();
        assertThat(report.logLoss()).isEmpty();
        assertThat(report.auc()).isEmpty();
    }

    @Test
    void oneReviewHasLossAndBinsButNoAuc() {
        CalibrationReport report = Calibration.of(List.of(recalled(0.9)), Calibration.DEFAULT_BINS);

        assertThat(report.reviews()).isEqualTo(1);
        // One bin, mean 0.9, observed 1: RMSE 0.1; log loss −ln 0.9 = 0.105361.
        assertThat(report.rmseBins().getAsDouble()).isCloseTo(0.1, within(EPS));
        assertThat(report.logLoss().getAsDouble()).isCloseTo(0.105361, within(EPS));
        assertThat(report.auc()).isEmpty();
    }

    @Test
    void allRecalledOrAllForgottenHaveNoAuc() {
        assertThat(Calibration.of(List.of(recalled(0.3), recalled(0.7)), 10).auc()).isEmpty();
        CalibrationReport forgottenOnly = Calibration.of(List.of(forgotten(0.3), forgotten(0.7)), 10);
        assertThat(forgottenOnly.auc()).isEmpty();
        // (−ln 0.7 − ln 0.3) / 2 = (0.356675 + 1.203973) / 2
        assertThat(forgottenOnly.logLoss().getAsDouble()).isCloseTo(0.780324, within(EPS));
    }

    @Test
    void aucIsOneForPerfectOrderZeroForReversedAndOneHalfForAllTies() {
        assertThat(Calibration.of(List.of(forgotten(0.1), forgotten(0.2), recalled(0.3), recalled(0.9)), 20).auc()
                .getAsDouble()).isEqualTo(1);
        assertThat(Calibration.of(List.of(recalled(0.1), recalled(0.2), forgotten(0.3), forgotten(0.9)), 20).auc()
                .getAsDouble()).isEqualTo(0);
        assertThat(Calibration.of(List.of(recalled(0.5), forgotten(0.5), recalled(0.5)), 20).auc()
                .getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void aConstantPredictionAtTheBaseRateHasNoBinErrorButAnAucOfOneHalf() {
        // The cheat that made the benchmark change its bins: RMSE(bins) 0, but AUC gives it away.
        List<PredictedOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(new PredictedOutcome(0.8, i < 8));
        }
        CalibrationReport report = Calibration.of(outcomes, 20);

        assertThat(report.rmseBins().getAsDouble()).isCloseTo(0, within(1e-12));
        assertThat(report.auc().getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void aucBySortingAgreesWithCountingEveryPair() {
        Random random = new Random(18);
        List<PredictedOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            // Two decimals, so that ties are frequent; recall more likely when the prediction is high.
            double p = Math.round(random.nextDouble() * 100) / 100.0;
            outcomes.add(new PredictedOutcome(p, random.nextDouble() < 0.3 + 0.6 * p));
        }
        double wins = 0;
        long pairs = 0;
        for (PredictedOutcome a : outcomes) {
            for (PredictedOutcome b : outcomes) {
                if (a.recalled() && !b.recalled()) {
                    pairs++;
                    wins += a.predicted() > b.predicted() ? 1 : a.predicted() == b.predicted() ? 0.5 : 0;
                }
            }
        }

        assertThat(Calibration.of(outcomes, 20).auc().getAsDouble()).isCloseTo(wins / pairs, within(1e-12));
    }

    @Test
    void certainPredictionsThatTurnOutWrongCostTheClampedLoss() {
        CalibrationReport report = Calibration.of(List.of(recalled(0.0), forgotten(1.0)), 20);

        // −ln(1e−6) = 13.815511 for each.
        assertThat(report.logLoss().getAsDouble()).isCloseTo(13.815511, within(EPS));
    }

    @Test
    void meansOfEqualPredictionsStayInsideTheirBin() {
        PredictedOutcome[] same = new PredictedOutcome[7];
        Arrays.fill(same, recalled(0.3));

        CalibrationReport report = Calibration.of(List.of(same), 10);

        assertThat(report.bins()).singleElement().satisfies(bin -> {
            assertThat(bin.meanPredicted()).isCloseTo(0.3, within(1e-12));
            assertThat(bin.meanPredicted()).isBetween(bin.lowerBound(), bin.upperBound());
        });
    }

    @Test
    void badInputIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> Calibration.of(List.of(recalled(0.5)), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bins must be 1 to 1000, was 0");
        assertThatThrownBy(() -> Calibration.of(List.of(recalled(0.5)), 1001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 1001");
        assertThatThrownBy(() -> Calibration.of(Arrays.asList(recalled(0.5), null), 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outcome 1 is null");
        assertThatThrownBy(() -> new PredictedOutcome(Double.NaN, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within [0, 1], was NaN");
        assertThatThrownBy(() -> new PredictedOutcome(1.01, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 1.01");
        assertThatThrownBy(() -> new CalibrationBin(0.5, 0.5, 1, 0.5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower < upper");
        assertThatThrownBy(() -> new CalibrationBin(0, 0.5, 0, 0.2, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one review");
        assertThatThrownBy(() -> new CalibrationBin(0, 0.5, 1, 0.7, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside its bin");
    }
}
