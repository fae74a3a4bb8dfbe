package org.ketaminetraining.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FsrsParametersTest {

    @Test
    void defaultsAreTheTwentyOnePublishedWeights() {
        double[] w = FsrsParameters.DEFAULT.weights();
        assertThat(w).hasSize(21);
        assertThat(w[0]).isEqualTo(0.212);
        assertThat(w[4]).isEqualTo(6.4133);
        assertThat(w[20]).isEqualTo(0.1542);
        assertThat(FsrsParameters.DEFAULT.version()).isEqualTo("fsrs6-default");
    }

    @Test
    void rejectsTheWrongNumberOfWeights() {
        assertThatThrownBy(() -> FsrsParameters.of("v", new double[20]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("21 weights, got 20");
    }

    @Test
    void namesTheFirstWeightOutsideItsBounds() {
        double[] w = FsrsParameters.DEFAULT.weights();
        w[20] = 0.05;
        assertThatThrownBy(() -> FsrsParameters.of("v", w))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("w20 = 0.05")
                .hasMessageContaining("[0.1, 0.8]");
    }

    @Test
    void rejectsNonFiniteWeights() {
        double[] w = FsrsParameters.DEFAULT.weights();
        w[9] = Double.NaN;
        assertThatThrownBy(() -> FsrsParameters.of("v", w)).hasMessageContaining("w9");
    }

    @Test
    void acceptsEveryBoundItself() {
        double[] w = FsrsParameters.DEFAULT.weights();
        w[7] = 0.75;
        w[16] = 1;
        assertThat(FsrsParameters.of("edge", w).weight(7)).isEqualTo(0.75);
    }

    @Test
    void requiresAVersion() {
        assertThatThrownBy(() -> FsrsParameters.of(" ", FsrsParameters.DEFAULT.weights()))
                .hasMessageContaining("version");
    }

    @Test
    void isAValueThatCannotBeChangedFromOutside() {
        double[] w = FsrsParameters.DEFAULT.weights();
        FsrsParameters copy = FsrsParameters.of("fsrs6-default", w);
        w[0] = 1;
        copy.weights()[1] = 99;
        assertThat(copy).isEqualTo(FsrsParameters.DEFAULT).hasSameHashCodeAs(FsrsParameters.DEFAULT);
        assertThat(FsrsParameters.of("other", FsrsParameters.DEFAULT.weights())).isNotEqualTo(FsrsParameters.DEFAULT);
    }
}
