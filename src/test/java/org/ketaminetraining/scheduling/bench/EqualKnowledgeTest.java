package org.ketaminetraining.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EqualKnowledgeTest {

    /**
     * Sweep (knowledge, cost): (0.80, 10), (0.90, 12), (0.95, 16). Target 0.93 lies on the second segment:
     * share = (0.93 - 0.90) / (0.95 - 0.90) = 0.6, cost = 12 + 0.6 · (16 - 12) = 14.4.
     */
    @Test
    void interpolatesOnTheSegmentThatBracketsTheTarget() {
        double[] knowledge = {0.80, 0.90, 0.95};
        double[] cost = {10, 12, 16};

        assertThat(EqualKnowledge.costAt(knowledge, cost, 0.93)).hasValueCloseTo(14.4, within(1e-12));
        // (0.85 - 0.80) / 0.10 = 0.5 of the way from 10 to 12
        assertThat(EqualKnowledge.costAt(knowledge, cost, 0.85)).hasValueCloseTo(11.0, within(1e-12));
    }

    @Test
    void aTargetOnAPointGivesThatPointsCost() {
        double[] knowledge = {0.80, 0.90, 0.95};
        double[] cost = {10, 12, 16};

        assertThat(EqualKnowledge.costAt(knowledge, cost, 0.90)).hasValueCloseTo(12.0, within(1e-12));
        assertThat(EqualKnowledge.costAt(knowledge, cost, 0.80)).hasValueCloseTo(10.0, within(1e-12));
        assertThat(EqualKnowledge.costAt(knowledge, cost, 0.95)).hasValueCloseTo(16.0, within(1e-12));
    }

    @Test
    void neverExtrapolates() {
        double[] knowledge = {0.80, 0.90, 0.95};
        double[] cost = {10, 12, 16};

        assertThat(EqualKnowledge.costAt(knowledge, cost, 0.79)).isEmpty();
        assertThat(EqualKnowledge.costAt(knowledge, cost, 0.96)).isEmpty();
    }

    /**
     * Noise makes knowledge dip between 0.92 and 0.91; 0.915 is bracketed by the first segment (0.80 to 0.92) and
     * again by the second (0.92 to 0.91). The first crossing wins: (0.915 - 0.80) / 0.12 = 0.958333...,
     * cost = 10 + 0.958333 · 2 = 11.916667, not the second segment's 12.5.
     */
    @Test
    void takesTheFirstCrossingWhenKnowledgeDips() {
        double[] knowledge = {0.80, 0.92, 0.91, 0.95};
        double[] cost = {10, 12, 13, 16};

        assertThat(EqualKnowledge.costAt(knowledge, cost, 0.915)).hasValueCloseTo(10 + 2 * 0.115 / 0.12,
                within(1e-12));
    }

    @Test
    void aFallingCurveIsReadTheSameWay() {
        // retention falling as the setting rises: (0.9 - 0.95) / (0.85 - 0.95) = 0.5 of the way from 10 to 14
        assertThat(EqualKnowledge.costAt(new double[]{0.95, 0.85}, new double[]{10, 14}, 0.90))
                .hasValueCloseTo(12.0, within(1e-12));
    }

    @Test
    void aFlatSegmentAtTheTargetGivesItsFirstPoint() {
        assertThat(EqualKnowledge.costAt(new double[]{0.9, 0.9}, new double[]{10, 14}, 0.9))
                .hasValueCloseTo(10.0, within(1e-12));
    }

    @Test
    void aSinglePointMatchesOnlyItself() {
        assertThat(EqualKnowledge.costAt(new double[]{0.9}, new double[]{10}, 0.9)).hasValueCloseTo(10.0, within(0.0));
        assertThat(EqualKnowledge.costAt(new double[]{0.9}, new double[]{10}, 0.91)).isEmpty();
    }

    @Test
    void rejectsMismatchedEmptyOrNonFiniteInput() {
        assertThatThrownBy(() -> EqualKnowledge.costAt(new double[]{0.8, 0.9}, new double[]{10}, 0.85))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 points")
                .hasMessageContaining("1");
        assertThatThrownBy(() -> EqualKnowledge.costAt(new double[0], new double[0], 0.85))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no points");
        assertThatThrownBy(() -> EqualKnowledge.costAt(new double[]{0.8, Double.NaN}, new double[]{10, 12}, 0.85))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("knowledge[1]");
        assertThatThrownBy(() -> EqualKnowledge.costAt(new double[]{0.8, 0.9}, new double[]{10, 12}, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
    }

    @Test
    void percentVersusIsTheRelativeDifference() {
        // 11.7 / 13 = 0.9, so 10% fewer
        assertThat(EqualKnowledge.percentVersus(11.7, 13)).isCloseTo(-10, within(1e-9));
        assertThat(EqualKnowledge.percentVersus(14.3, 13)).isCloseTo(10, within(1e-9));
        assertThatThrownBy(() -> EqualKnowledge.percentVersus(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
