package org.ketaminetraining.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.compliance.RecallHeatmap.Cell;

class RecallHeatmapTest {

    @Test
    void aCellIsTheMeanOfPeopleEachWeighingTheSameWithSafetyCriticalItemsApart() {
        RecallHeatmap heatmap = new RecallHeatmap()
                .add(1, "dosing", true, 0.9, 0.7)
                .add(1, "dosing", false, 0.7, 0.5)
                .add(2, "dosing", false, 0.5, 0.3)
                .add(2, "dosing", false, 0.5, 0.3)
                .add(2, "dosing", false, 0.5, 0.3)
                .add(3, "monitoring", true, 1.0, 0.9);
        Map<String, List<Long>> departments = new LinkedHashMap<>();
        departments.put("ed", List.of(1L, 2L));
        departments.put("icu", List.of(2L, 3L));
        List<Cell> cells = heatmap.cells(departments, List.of("dosing", "monitoring"));

        assertThat(cells).extracting(Cell::departmentCode, Cell::moduleKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ed", "dosing"), org.assertj.core.groups.Tuple.tuple("ed",
                        "monitoring"),
                org.assertj.core.groups.Tuple.tuple("icu", "dosing"),
                org.assertj.core.groups.Tuple.tuple("icu", "monitoring"));
        Cell edDosing = cells.get(0);
        assertThat(edDosing.all().people()).isEqualTo(2);
        // Person 1: (0.9 + 0.7) / 2 = 0.8; person 2: 0.5; mean of people 0.65 (not the item mean 0.62).
        assertThat(edDosing.all().now().getAsDouble()).isCloseTo(0.65, within(1e-9));
        assertThat(edDosing.all().later().getAsDouble()).isCloseTo(0.45, within(1e-9));
        assertThat(edDosing.safetyCritical().people()).isEqualTo(1);
        assertThat(edDosing.safetyCritical().now().getAsDouble()).isCloseTo(0.9, within(1e-9));
        Cell edMonitoring = cells.get(1);
        assertThat(edMonitoring.all().people()).isZero();
        assertThat(edMonitoring.all().now()).isEmpty();
        Cell icuMonitoring = cells.get(3);
        assertThat(icuMonitoring.all().people()).isEqualTo(1);
        assertThat(icuMonitoring.safetyCritical().later().getAsDouble()).isCloseTo(0.9, within(1e-9));
        assertThat(cells.get(2).safetyCritical().people()).as("person 2 studied no safety-critical item").isZero();
    }

    @Test
    void aRecallOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new RecallHeatmap().add(1, "m", false, 1.2, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2");
        assertThatThrownBy(() -> new RecallHeatmap().add(1, "m", false, 0.5, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
