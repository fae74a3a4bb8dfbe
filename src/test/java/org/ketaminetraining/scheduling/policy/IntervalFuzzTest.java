package org.ketaminetraining.scheduling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IntervalFuzzTest {

    @Test
    void theSameItemAndReviewCountAlwaysDrawTheSameNumber() {
        assertThat(IntervalFuzz.uniform("ket-dose-01", 7)).isEqualTo(IntervalFuzz.uniform("ket-dose-01", 7));
        assertThat(IntervalFuzz.uniform("ket-dose-01", 7)).isNotEqualTo(IntervalFuzz.uniform("ket-dose-01", 8));
        assertThat(IntervalFuzz.uniform("ket-dose-01", 7)).isNotEqualTo(IntervalFuzz.uniform("ket-dose-02", 7));
    }

    @Test
    void theDrawIsPinnedSoThatAJdkUpgradeCannotMoveDueDates() {
        // Pinned values: if the mixer ever changes, every stored schedule would shift on replay.
        assertThat(IntervalFuzz.uniform("item-1", 0)).isEqualTo(0.19705487055271287);
        assertThat(IntervalFuzz.uniform("ket-dose-01", 7)).isEqualTo(0.450352150998794);
        assertThat(IntervalFuzz.fuzzedDays(30, 0.19705487055271287, 365)).isEqualTo(28);
        assertThat(IntervalFuzz.fuzzedDays(30, 0.450352150998794, 365)).isEqualTo(30);
    }

    @Test
    void drawsAreSpreadEvenlyOverTheRange() {
        int[] buckets = new int[10];
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            buckets[(int) (IntervalFuzz.uniform("item-" + i, i % 13) * 10)]++;
        }
        for (int count : buckets) {
            assertThat(count).isBetween(n / 10 - 600, n / 10 + 600);
        }
    }

    @Test
    void noFuzzBelowTwoAndAHalfDays() {
        assertThat(IntervalFuzz.fuzzedDays(2.4, 0.99, 365)).isEqualTo(2);
        assertThat(IntervalFuzz.fuzzedDays(0.3, 0.99, 365)).isEqualTo(1);
    }

    @Test
    void halfWidthFollowsTheReferenceBands() {
        assertThat(IntervalFuzz.halfWidth(2.5)).isCloseTo(1, within(1e-12));
        assertThat(IntervalFuzz.halfWidth(7)).isCloseTo(1 + 0.15 * 4.5, within(1e-12));
        assertThat(IntervalFuzz.halfWidth(20)).isCloseTo(1 + 0.675 + 1.3, within(1e-12));
        assertThat(IntervalFuzz.halfWidth(100)).isCloseTo(1 + 0.675 + 1.3 + 4, within(1e-12));
    }

    @Test
    void everyDayOfTheRangeCanBeDrawnAndNoOther() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(IntervalFuzz.fuzzedDays(100, IntervalFuzz.uniform("x" + i, 3), 365));
        }
        // I = 100: delta = 6.975, range [round(93.025), round(106.975)] = [93, 107]
        assertThat(seen).hasSize(15).allMatch(d -> d >= 93 && d <= 107);
    }

    @Test
    void neverAboveTheMaximum() {
        assertThat(IntervalFuzz.fuzzedDays(400, 0.999, 365)).isEqualTo(365);
        assertThat(IntervalFuzz.fuzzedDays(364, 0.999, 365)).isEqualTo(365);
        assertThat(IntervalFuzz.roundedDays(1000, 365)).isEqualTo(365);
    }

    @Test
    void rejectsADrawOutsideTheUnitInterval() {
        assertThatThrownBy(() -> IntervalFuzz.fuzzedDays(10, 1.0, 365)).hasMessageContaining("[0, 1)");
    }

    @Property
    void fuzzStaysWithinItsBand(@ForAll @DoubleRange(min = 2.5, max = 1000) double interval,
            @ForAll @StringLength(min = 1, max = 12) @AlphaChars String item,
            @ForAll @IntRange(max = 500) int reviewCount) {
        double u = IntervalFuzz.uniform(item, reviewCount);
        assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
        int days = IntervalFuzz.fuzzedDays(interval, u, 36500);
        double delta = IntervalFuzz.halfWidth(interval);
        assertThat(days).isBetween((int) Math.max(2, Math.round(interval - delta)), (int) Math.round(interval + delta));
    }

    @Property
    void fuzzIsMonotoneInTheIntervalForOneDraw(@ForAll @DoubleRange(min = 1, max = 1000) double interval,
            @ForAll @DoubleRange(min = 0, max = 50) double more,
            @ForAll @Scale(3) @DoubleRange(min = 0, max = 0.999) double u) {
        assertThat(IntervalFuzz.fuzzedDays(interval + more, u, 365))
                .isGreaterThanOrEqualTo(IntervalFuzz.fuzzedDays(interval, u, 365));
    }
}
