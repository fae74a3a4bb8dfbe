package org.ketaminetraining.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** For any seed: a permutation, reproducible, and never the authored order an ordering question would give away. */
class DisplayOrderPropertyTest {

    @Property(tries = 500)
    void isAPermutationOfTheItems(@ForAll String seed, @ForAll @IntRange(min = 0, max = 30) int n) {
        assertThat(DisplayOrder.shuffled(seed, n)).containsExactlyInAnyOrderElementsOf(identity(n));
    }

    @Property(tries = 200)
    void theSameSeedGivesTheSameOrder(@ForAll String seed, @ForAll @IntRange(min = 0, max = 30) int n) {
        assertThat(DisplayOrder.shuffled(seed, n)).isEqualTo(DisplayOrder.shuffled(new String(seed), n));
    }

    @Property(tries = 2000)
    void isNeverTheAuthoredOrder(@ForAll String seed, @ForAll @IntRange(min = 2, max = 8) int n) {
        assertThat(DisplayOrder.shuffled(seed, n)).isNotEqualTo(identity(n));
    }

    private static List<Integer> identity(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
