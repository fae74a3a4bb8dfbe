package org.ketaminetraining.bank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AssessmentBlueprintTest {

    private static AssessmentBlueprint total(int items) {
        return AssessmentBlueprint.ofTotal(items, 0.8, true, 3, 0, OptionalInt.empty());
    }

    @Test
    void aTotalIsSpreadEvenlyWithTheFirstModulesTakingTheRemainder() {
        assertThat(total(5).itemCounts(2)).containsExactly(3, 2);
        assertThat(total(5).itemCounts(3)).containsExactly(2, 2, 1);
        assertThat(total(6).itemCounts(3)).containsExactly(2, 2, 2);
        assertThat(total(5).itemCounts(5)).containsExactly(1, 1, 1, 1, 1);
        assertThat(total(5).itemsFor(0, 2)).isEqualTo(3);
        assertThat(total(5).itemsFor(1, 2)).isEqualTo(2);
    }

    @Test
    void itemsPerModuleAreTheSameForEveryModule() {
        AssessmentBlueprint perModule = new AssessmentBlueprint(3, 0.8, true, 3, 24, OptionalInt.of(60));
        assertThat(perModule.itemCounts(4)).containsExactly(3, 3, 3, 3);
        assertThat(perModule.totalItems()).isEmpty();
    }

    @Test
    void refusesATotalTooSmallToAskEveryModuleAndAnAssessmentWithoutModules() {
        assertThatThrownBy(() -> total(2).itemCounts(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 total items cannot ask each of 3 modules at least once");
        assertThatThrownBy(() -> total(2).itemCounts(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesExactlyOneWayOfSizing() {
        assertThatThrownBy(() -> new AssessmentBlueprint(OptionalInt.of(2), OptionalInt.of(5), 0.8, true, 3, 0,
                OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssessmentBlueprint(OptionalInt.empty(), OptionalInt.empty(), 0.8, true, 3, 0,
                OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> total(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void theSharesAddUpToTheTotalAndDifferByAtMostOneLargestFirst(
            @ForAll @IntRange(min = 1, max = 200) int totalItems, @ForAll @IntRange(min = 1, max = 20) int modules) {
        if (totalItems < modules) {
            return;
        }
        List<Integer> counts = total(totalItems).itemCounts(modules);
        assertThat(counts).hasSize(modules);
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(totalItems);
        assertThat(Collections.max(counts) - Collections.min(counts)).isLessThanOrEqualTo(1);
        assertThat(counts).isSortedAccordingTo(Collections.reverseOrder());
    }
}
