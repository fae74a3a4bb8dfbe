package org.ketaminetraining.insight.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final Instant SUBMITTED = Instant.parse("2026-01-05T10:00:00Z");

    /*
     * Fixed form: 6 attempts x 3 items (1 = right). Each item has options A, B, C with key A; a wrong answer chose
     * B, except attempt 6, which chose C everywhere.
     *
     *   attempt  Q1 Q2 Q3  total  fraction
     *      1      1  1  1    3      1
     *      2      1  1  0    2      2/3
     *      3      1  0  1    2      2/3
     *      4      0  1  0    1      1/3
     *      5      1  0  0    1      1/3
     *      6      0  0  0    0      0
     *
     * Mean fraction 9/18 = 0.5. Sample variance of the totals: squared deviations from 1.5 are
     * 2.25 + .25 + .25 + .25 + .25 + 2.25 = 5.5, over 5; of the fractions 5.5 / 9 / 5 = 11/90, SD = 0.349603.
     *
     * Q1: facility 4/6. Rest = (Q2 + Q3) / 2 = (1, .5, .5, .5, 0, 0), mean 5/12.
     *   item deviations (1/3, 1/3, 1/3, -2/3, 1/3, -2/3); rest deviations (7, 1, 1, 1, -5, -5) / 12
     *   Sxy = (7 + 1 + 1 - 2 - 5 + 10) / 36 = 1/3;  Sxx = 4·(1/9) + 2·(4/9) = 4/3;
     *   Syy = (49 + 1 + 1 + 1 + 25 + 25) / 144 = 17/24
     *   r = (1/3) / sqrt(4/3 · 17/24) = (1/3) / sqrt(17/18) = 0.342997
     *   largest covariance: the four 1s meet the four largest rests (.5, .5, .5, 1): (1 + 1 + 1 + 7) / 12 = 5/6
     *   efficiency = (1/3) / (5/6) = 0.4
     *   (item-TOTAL instead: totals (3,2,2,1,1,0) give r = 0.7385, so a swapped formula fails this test.)
     * Q2: facility 3/6. Rest = (Q1 + Q3) / 2 = (1, .5, 1, 0, .5, 0), mean .5; deviations
     *   x (.5, .5, -.5, .5, -.5, -.5), rest (.5, 0, .5, -.5, 0, -.5): Sxy = .25 + 0 - .25 - .25 + 0 + .25 = 0,
     *   so r = 0 and efficiency = 0 (yet its item-total r is positive: Sxy with the totals is 1.5).
     * Q3: mirror image of Q1 (facility 2/6): r = 0.342997, efficiency 0.4.
     *
     * Alpha over 3 positions, with sums of squared deviations (the 1/(n-1) cancels): Q1 4 - 16/6 = 4/3,
     *   Q2 3 - 9/6 = 3/2, Q3 2 - 4/6 = 4/3; sum 25/6; totals 11/2.
     *   alpha = 3/2 · (1 - (25/6) / (11/2)) = 3/2 · 16/66 = 4/11 = 0.363636
     *   error ratio = sqrt(7/11) = 0.797724; standard error = 0.797724 · 0.349603 = 0.278887
     *
     * Thirds (floor(6/3) = 2): ranked low to high by fraction, ties by id: 6, 4, 5, 2, 3, 1. Bottom = {6, 4}
     * (4 beats 5 to it on id), top = {3, 1}.
     */
    private static final int[][] FIXED_FORM = {{1, 1, 1}, {1, 1, 0}, {1, 0, 1}, {0, 1, 0}, {1, 0, 0}, {0, 0, 0}};

    @Test
    void fixedFormMatchesTheHandComputedFigures() {
        ItemAnalysisReport report = ItemAnalysis.analyse(fixedForm(), fixedFormItems(), new AnalysisSettings(6));

        TestStatistics test = report.test();
        assertThat(test.attempts()).isEqualTo(6);
        assertThat(test.meanScore()).isCloseTo(0.5, EXACT);
        assertThat(test.scoreSd()).isCloseTo(Math.sqrt(11.0 / 90), EXACT);
        assertThat(test.cronbachAlpha().getAsDouble()).isCloseTo(4.0 / 11, EXACT);
        assertThat(test.errorRatio().getAsDouble()).isCloseTo(Math.sqrt(7.0 / 11), EXACT);
        assertThat(test.standardError().getAsDouble()).isCloseTo(0.2788866755, within(1e-9));

        assertThat(report.items()).extracting(ItemStatistics::itemKey).containsExactly("Q1", "Q2", "Q3");
        ItemStatistics q1 = report.items().get(0);
        assertThat(q1.responses()).isEqualTo(6);
        assertThat(q1.enoughResponses()).isTrue();
        assertThat(q1.facility().getAsDouble()).isCloseTo(4.0 / 6, EXACT);
        assertThat(q1.sd().getAsDouble()).isCloseTo(Math.sqrt(6 * (2.0 / 3) * (1.0 / 3) / 5), EXACT);
        assertThat(q1.discrimination().getAsDouble()).isCloseTo((1.0 / 3) / Math.sqrt(17.0 / 18), EXACT);
        assertThat(q1.discriminativeEfficiency().getAsDouble()).isCloseTo(0.4, EXACT);
        // Wilson: p = 2/3, n = 6, z = 1.96: (p + z²/12) / (1 + z²/6) ± z / (1 + z²/6) · sqrt(p(1-p)/6 + z²/144)
        assertThat(q1.facilityLow().getAsDouble()).isCloseTo(0.2999933151, within(1e-9));
        assertThat(q1.facilityHigh().getAsDouble()).isCloseTo(0.9032285889, within(1e-9));
        // Fisher: tanh(atanh(0.342997) ± 1.96 / sqrt(3))
        assertThat(q1.discriminationLow().getAsDouble()).isCloseTo(-0.6493074113, within(1e-9));
        assertThat(q1.discriminationHigh().getAsDouble()).isCloseTo(0.9031536803, within(1e-9));

        ItemStatistics q2 = report.items().get(1);
        assertThat(q2.facility().getAsDouble()).isCloseTo(0.5, EXACT);
        assertThat(q2.discrimination().getAsDouble()).isCloseTo(0, EXACT);
        assertThat(q2.discriminativeEfficiency().getAsDouble()).isCloseTo(0, EXACT);

        ItemStatistics q3 = report.items().get(2);
        assertThat(q3.facility().getAsDouble()).isCloseTo(2.0 / 6, EXACT);
        assertThat(q3.discrimination().getAsDouble()).isCloseTo(0.3429971703, within(1e-9));
        assertThat(q3.discriminativeEfficiency().getAsDouble()).isCloseTo(0.4, EXACT);
    }

    @Test
    void optionsAreCountedByThirdsWithTiesBrokenByAttemptId() {
        ItemAnalysisReport report = ItemAnalysis.analyse(fixedForm(), fixedFormItems(), new AnalysisSettings(6));

        // Q1: right in 1, 2, 3, 5; B in 4; C in 6. Top {3, 1} both chose A; bottom {6, 4} chose C and B.
        assertThat(report.items().get(0).options()).containsExactly(
                new OptionCount("A", true, 4, 2, 0, 2, 2),
                new OptionCount("B", false, 1, 0, 1, 2, 2),
                new OptionCount("C", false, 1, 0, 1, 2, 2));
        // Q2: right in 1, 2, 4 (4 is in the bottom third, 2 in neither); B in 3 (top) and 5; C in 6.
        assertThat(report.items().get(1).options()).containsExactly(
                new OptionCount("A", true, 3, 1, 1, 2, 2),
                new OptionCount("B", false, 2, 1, 0, 2, 2),
                new OptionCount("C", false, 1, 0, 1, 2, 2));
    }

    /*
     * Random pool: items Q1..Q4 drawn per attempt, attempts of 2 to 4 items (1 = right, - = not drawn):
     *
     *   attempt  Q1 Q2 Q3 Q4  fraction
     *      1      1  1  -  -   1
     *      2      0  -  1  0   1/3
     *      3      -  0  1  -   1/2
     *      4      1  0  -  1   2/3
     *      5      -  -  0  0   0
     *      6      0  1  0  1   1/2
     *
     * Mean (1 + 1/3 + 1/2 + 2/3 + 0 + 1/2) / 6 = 0.5. Alpha is empty: the attempts differ in length.
     * Q1 (attempts 1, 2, 4, 6): x = (1, 0, 1, 0), facility .5. Rest fractions: 1/1, 1/2, 1/2, 2/3; mean 2/3.
     *   deviations x (.5, -.5, .5, -.5), rest (1/3, -1/6, -1/6, 0): Sxy = 1/6 + 1/12 - 1/12 + 0 = 1/6;
     *   Sxx = 1; Syy = 1/9 + 1/36 + 1/36 = 1/6; r = (1/6) / sqrt(1/6) = sqrt(1/6) = 0.408248
     *   largest covariance: the two 1s meet rests 2/3 and 1: 0 + 1/3; efficiency = (1/6) / (1/3) = 0.5
     *   (Moodle's rest MARKS instead of fractions, (1, 1, 1, 2), would give r = -0.577: fractions matter.)
     * Thirds: ranked 5, 2, 3, 6, 4, 1; bottom {5, 2}, top {4, 1}: Q1 is in both top attempts and in one bottom.
     */
    @Test
    void randomPoolUsesTheRestFractionOfEachAttempt() {
        List<ScoredAttempt> attempts = List.of(
                attempt(1, r("Q1", 1), r("Q2", 1)),
                attempt(2, r("Q1", 0), r("Q3", 1), r("Q4", 0)),
                attempt(3, r("Q2", 0), r("Q3", 1)),
                attempt(4, r("Q1", 1), r("Q4", 1), r("Q2", 0)),
                attempt(5, r("Q3", 0), r("Q4", 0)),
                attempt(6, r("Q1", 0), r("Q2", 1), r("Q3", 0), r("Q4", 1)));
        Map<String, ItemKeyInfo> items = new LinkedHashMap<>();
        for (String key : List.of("Q4", "Q1")) {
            items.put(key, new ItemKeyInfo(key, List.of("A", "B"), Set.of("A")));
        }

        ItemAnalysisReport report = ItemAnalysis.analyse(attempts, items, new AnalysisSettings(3));

        assertThat(report.test().meanScore()).isCloseTo(0.5, EXACT);
        assertThat(report.test().cronbachAlpha()).isEmpty();
        assertThat(report.test().errorRatio()).isEmpty();
        assertThat(report.test().standardError()).isEmpty();
        assertThat(report.items()).extracting(ItemStatistics::itemKey).containsExactly("Q4", "Q1");
        ItemStatistics q1 = report.items().get(1);
        assertThat(q1.responses()).isEqualTo(4);
        assertThat(q1.facility().getAsDouble()).isCloseTo(0.5, EXACT);
        assertThat(q1.discrimination().getAsDouble()).isCloseTo(Math.sqrt(1.0 / 6), EXACT);
        assertThat(q1.discriminativeEfficiency().getAsDouble()).isCloseTo(0.5, EXACT);
        assertThat(q1.options().get(0)).isEqualTo(new OptionCount("A", true, 2, 2, 0, 2, 1));
    }

    @Test
    void belowTheGateEveryFigureIsEmptyButOptionsAreCounted() {
        ItemAnalysisReport report = ItemAnalysis.analyse(fixedForm(), fixedFormItems(), new AnalysisSettings(7));

        ItemStatistics q1 = report.items().get(0);
        assertThat(q1.responses()).isEqualTo(6);
        assertThat(q1.enoughResponses()).isFalse();
        assertThat(List.of(q1.facility(), q1.facilityLow(), q1.facilityHigh(), q1.sd(), q1.discrimination(),
                q1.discriminationLow(), q1.discriminationHigh(), q1.discriminativeEfficiency()))
                .allMatch(OptionalDouble::isEmpty);
        assertThat(q1.options()).extracting(OptionCount::chosen).containsExactly(4, 1, 1);
        assertThat(report.test().cronbachAlpha()).isEmpty();
        assertThat(report.test().meanScore()).isCloseTo(0.5, EXACT);
    }

    @Test
    void theDefaultGateIsTwentyResponses() {
        assertThat(AnalysisSettings.defaults().minimumResponses()).isEqualTo(20);
        assertThat(ItemAnalysis.analyse(repeat(fixedForm(), 3), fixedFormItems(), AnalysisSettings.defaults())
                .items().get(0).enoughResponses()).isFalse();
        assertThat(ItemAnalysis.analyse(repeat(fixedForm(), 4), fixedFormItems(), AnalysisSettings.defaults())
                .items().get(0).facility()).hasValue(4.0 / 6);
    }

    @Test
    void allRightHasAFacilityButNoDiscrimination() {
        List<ScoredAttempt> attempts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            attempts.add(attempt(i, r("Q1", 1), r("Q2", i % 2)));
        }
        ItemStatistics q1 = ItemAnalysis.analyse(attempts, fixedFormItems(), new AnalysisSettings(5)).items().get(0);

        assertThat(q1.facility()).hasValue(1.0);
        assertThat(q1.sd()).hasValue(0.0);
        assertThat(q1.facilityHigh()).hasValue(1.0);
        // Wilson keeps room for doubt: 5 of 5 right is compatible with a facility of 0.57.
        assertThat(q1.facilityLow().getAsDouble()).isCloseTo(0.5655, within(1e-4));
        assertThat(q1.discrimination()).isEmpty();
        assertThat(q1.discriminationLow()).isEmpty();
        assertThat(q1.discriminativeEfficiency()).isEmpty();
    }

    @Test
    void allWrongAndConstantRestAreUndefinedToo() {
        List<ScoredAttempt> attempts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            // Q1 varies, but the rest (Q2) is always wrong: r has no variance to work with.
            attempts.add(attempt(i, r("Q1", i % 2), r("Q2", 0)));
        }
        ItemAnalysisReport report = ItemAnalysis.analyse(attempts, fixedFormItems(), new AnalysisSettings(5));

        assertThat(report.items().get(1).facility()).hasValue(0.0);
        assertThat(report.items().get(1).facilityLow()).hasValue(0.0);
        assertThat(report.items().get(1).discrimination()).isEmpty();
        assertThat(report.items().get(0).discrimination()).isEmpty();
        assertThat(report.items().get(0).discriminativeEfficiency()).isEmpty();
        assertThat(report.items().get(0).facility().getAsDouble()).isCloseTo(0.6, EXACT);
    }

    @Test
    void oneResponseHasAFacilityAndNothingElse() {
        ItemAnalysisReport report = ItemAnalysis.analyse(List.of(attempt(1, r("Q1", 1), r("Q2", 0))),
                fixedFormItems(), new AnalysisSettings(1));

        ItemStatistics q1 = report.items().get(0);
        assertThat(q1.facility()).hasValue(1.0);
        assertThat(q1.sd()).isEmpty();
        assertThat(q1.discrimination()).isEmpty();
        assertThat(report.test().scoreSd()).isZero();
        assertThat(report.test().cronbachAlpha()).isEmpty();
        // Thirds of one attempt are empty.
        assertThat(q1.options().get(0)).isEqualTo(new OptionCount("A", true, 1, 0, 0, 0, 0));
        assertThat(report.items().get(2).responses()).isZero();
    }

    @Test
    void noAttemptsGiveAnEmptyButWellFormedReport() {
        ItemAnalysisReport report = ItemAnalysis.analyse(List.of(), fixedFormItems(), AnalysisSettings.defaults());

        assertThat(report.test()).isEqualTo(new TestStatistics(0, 0, 0, OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty()));
        assertThat(report.items()).hasSize(3).allMatch(item -> item.responses() == 0 && !item.enoughResponses());
        assertThat(report.items().get(0).options()).extracting(OptionCount::chosen).containsExactly(0, 0, 0);
    }

    @Test
    void anAttemptOfOneItemHasNoRestAndIsLeftOutOfTheDiscrimination() {
        List<ScoredAttempt> attempts = new ArrayList<>(fixedForm());
        // A perfect single-item attempt would raise r if its rest were taken as 0 or 1; it must not count.
        attempts.add(attempt(7, r("Q2", 1)));
        ItemAnalysisReport report = ItemAnalysis.analyse(attempts, fixedFormItems(), new AnalysisSettings(6));

        ItemStatistics q2 = report.items().get(1);
        assertThat(q2.responses()).isEqualTo(7);
        assertThat(q2.facility().getAsDouble()).isCloseTo(4.0 / 7, EXACT);
        assertThat(q2.discrimination().getAsDouble()).isCloseTo(0, EXACT);
    }

    @Test
    void freeAnswersBecomeCategoriesMostChosenFirst() {
        List<ScoredAttempt> attempts = List.of(
                attempt(1, new ItemResponse("F", true, List.of("ketamine")), r("Q1", 1)),
                attempt(2, new ItemResponse("F", false, List.of("propofol")), r("Q1", 0)),
                attempt(3, new ItemResponse("F", true, List.of("ketamine")), r("Q1", 1)),
                attempt(4, new ItemResponse("F", false, List.of()), r("Q1", 0)),
                attempt(5, new ItemResponse("F", false, List.of("esketamine")), r("Q1", 0)));
        Map<String, ItemKeyInfo> items = Map.of("F", new ItemKeyInfo("F", List.of(), Set.of("ketamine")));

        List<OptionCount> options = ItemAnalysis.analyse(attempts, items, new AnalysisSettings(1)).items().get(0)
                .options();

        assertThat(options).extracting(OptionCount::category).containsExactly("ketamine", "esketamine", "propofol");
        assertThat(options).extracting(OptionCount::chosen).containsExactly(2, 1, 1);
        assertThat(options.get(0).key()).isTrue();
    }

    @Test
    void badInputIsRefusedWithAMessageSayingWhat() {
        assertThatThrownBy(() -> attempt(1, r("Q1", 1), r("Q1", 0)))
                .hasMessageContaining("attempt 1 contains item Q1 more than once");
        assertThatThrownBy(() -> new ItemResponse("Q1", true, List.of()))
                .hasMessageContaining("Q1 is marked correct but nothing was chosen");
        assertThatThrownBy(() -> new ItemKeyInfo("Q1", List.of("A", "B"), Set.of("C")))
                .hasMessageContaining("key [C] that is not among its categories [A, B]");
        assertThatThrownBy(() -> new AnalysisSettings(0)).hasMessageContaining("minimumResponses must be at least 1");
        Map<String, ItemKeyInfo> mismatched = Map.of("Q1", new ItemKeyInfo("Q2", List.of(), Set.of()));
        assertThatThrownBy(() -> ItemAnalysis.analyse(List.of(), mismatched, AnalysisSettings.defaults()))
                .hasMessageContaining("item map key Q1 holds the item Q2");
        assertThatThrownBy(() -> new ItemResponse("Q1", false, List.of(" ")))
                .hasMessageContaining("chosen must not contain a blank entry");
        assertThatThrownBy(() -> new ScoredAttempt(1, 1, SUBMITTED, List.of()))
                .hasMessageContaining("attempt 1 contains no item");
    }

    static List<ScoredAttempt> fixedForm() {
        List<ScoredAttempt> attempts = new ArrayList<>();
        for (int a = 0; a < FIXED_FORM.length; a++) {
            List<ItemResponse> responses = new ArrayList<>();
            for (int q = 0; q < 3; q++) {
                boolean right = FIXED_FORM[a][q] == 1;
                String chosen = right ? "A" : a == 5 ? "C" : "B";
                responses.add(new ItemResponse("Q" + (q + 1), right, List.of(chosen)));
            }
            attempts.add(new ScoredAttempt(a + 1, 100 + a, SUBMITTED, responses));
        }
        return attempts;
    }

    static Map<String, ItemKeyInfo> fixedFormItems() {
        Map<String, ItemKeyInfo> items = new LinkedHashMap<>();
        for (String key : List.of("Q1", "Q2", "Q3")) {
            items.put(key, new ItemKeyInfo(key, List.of("A", "B", "C"), Set.of("A")));
        }
        return items;
    }

    private static List<ScoredAttempt> repeat(List<ScoredAttempt> attempts, int times) {
        List<ScoredAttempt> repeated = new ArrayList<>();
        for (int t = 0; t < times; t++) {
            for (ScoredAttempt attempt : attempts) {
                repeated.add(new ScoredAttempt(attempt.attemptId() + 100L * t, attempt.accountId(),
                        attempt.submittedAt(), attempt.items()));
            }
        }
        return repeated;
    }

    private static ItemResponse r(String key, int right) {
        return new ItemResponse(key, right == 1, List.of(right == 1 ? "A" : "B"));
    }

    private static ScoredAttempt attempt(long id, ItemResponse... items) {
        return new ScoredAttempt(id, id, SUBMITTED, List.of(items));
    }
}
