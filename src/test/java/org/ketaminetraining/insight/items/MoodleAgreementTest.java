package org.ketaminetraining.insight.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On a fixed form (every attempt holds every item, in the same order) the analysis must give what Moodle's quiz
 * statistics give. The reference below is a literal, separate implementation of Moodle's calculation in marks:
 * the rest of an attempt is its mark total minus the item's mark, the largest covariance pairs the item's sorted
 * marks with the sorted rest marks index by index, variances are over s - 1, and the quiz's coefficient of internal
 * consistency is P/(P - 1)·(1 − Σ var(item mark) / var(total mark)). The production code works in fractions and
 * takes shortcuts (0/1 variances in closed form, the largest covariance as a sum of the largest rests), so an
 * agreement over many random data sets checks both.
 */
class MoodleAgreementTest {

    private static final int ATTEMPTS = 40;
    private static final int ITEMS = 5;

    @Test
    void fixedFormFiguresAgreeWithMoodlesMarkBasedCalculation() {
        for (long seed = 1; seed <= 25; seed++) {
            int[][] marks = marks(new Random(seed));
            ItemAnalysisReport report = ItemAnalysis.analyse(attempts(marks), items(), new AnalysisSettings(2));

            double[] totals = new double[ATTEMPTS];
            for (int a = 0; a < ATTEMPTS; a++) {
                totals[a] = Arrays.stream(marks[a]).sum();
            }
            double itemVarianceSum = 0;
            for (int q = 0; q < ITEMS; q++) {
                double[] mark = new double[ATTEMPTS];
                double[] rest = new double[ATTEMPTS];
                for (int a = 0; a < ATTEMPTS; a++) {
                    mark[a] = marks[a][q];
                    rest[a] = totals[a] - marks[a][q];
                }
                double markVariance = covariance(mark, mark);
                double restVariance = covariance(rest, rest);
                double[] sortedMark = mark.clone();
                double[] sortedRest = rest.clone();
                Arrays.sort(sortedMark);
                Arrays.sort(sortedRest);
                itemVarianceSum += markVariance;

                ItemStatistics item = report.items().get(q);
                String where = "seed " + seed + ", item " + q;
                assertThat(item.facility().getAsDouble()).as(where).isCloseTo(mean(mark), within(1e-12));
                assertThat(item.sd().getAsDouble()).as(where).isCloseTo(Math.sqrt(markVariance), within(1e-12));
                if (markVariance * restVariance == 0) {
                    assertThat(item.discrimination()).as(where).isEmpty();
                    continue;
                }
                assertThat(item.discrimination().getAsDouble()).as(where)
                        .isCloseTo(covariance(mark, rest) / Math.sqrt(markVariance * restVariance), within(1e-12));
                assertThat(item.discriminativeEfficiency().getAsDouble()).as(where)
                        .isCloseTo(covariance(mark, rest) / covariance(sortedMark, sortedRest), within(1e-12));
            }
            double alpha = ITEMS / (ITEMS - 1.0) * (1 - itemVarianceSum / covariance(totals, totals));
            assertThat(report.test().cronbachAlpha().getAsDouble()).as("seed " + seed).isCloseTo(alpha, within(1e-12));
            assertThat(report.test().scoreSd()).as("seed " + seed)
                    .isCloseTo(Math.sqrt(covariance(totals, totals)) / ITEMS, within(1e-12));
        }
    }

    /** Marks from a latent ability and item difficulty, so items do discriminate (sometimes negatively). */
    private static int[][] marks(Random random) {
        double[] difficulty = new double[ITEMS];
        for (int q = 0; q < ITEMS; q++) {
            difficulty[q] = random.nextGaussian();
        }
        int[][] marks = new int[ATTEMPTS][ITEMS];
        for (int a = 0; a < ATTEMPTS; a++) {
            double ability = random.nextGaussian();
            for (int q = 0; q < ITEMS; q++) {
                double chance = 1 / (1 + Math.exp(difficulty[q] - ability));
                marks[a][q] = random.nextDouble() < chance ? 1 : 0;
            }
        }
        return marks;
    }

    private static List<ScoredAttempt> attempts(int[][] marks) {
        List<ScoredAttempt> attempts = new ArrayList<>();
        for (int a = 0; a < marks.length; a++) {
            List<ItemResponse> responses = new ArrayList<>();
            for (int q = 0; q < ITEMS; q++) {
                boolean right = marks[a][q] == 1;
                responses.add(new ItemResponse("Q" + q, right, List.of(right ? "A" : "B")));
            }
            attempts.add(new ScoredAttempt(a, a, Instant.EPOCH, responses));
        }
        return attempts;
    }

    private static Map<String, ItemKeyInfo> items() {
        Map<String, ItemKeyInfo> items = new LinkedHashMap<>();
        for (int q = 0; q < ITEMS; q++) {
            items.put("Q" + q, new ItemKeyInfo("Q" + q, List.of("A", "B"), Set.of("A")));
        }
        return items;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    /** Sample covariance over n - 1, pairing the two arrays index by index. */
    private static double covariance(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (x.length - 1);
    }
}
