package org.ketaminetraining.certification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeCurrencyTest {

    @Test
    void aRefresherIsDueWhenTheAverageFallsBelowTheThreshold() {
        KnowledgeCurrency currency = KnowledgeCurrency.assess(
                Map.of("max-dose", 0.55, "apnoea", 0.85, "contraindications", 0.70), 0.8);
        assertThat(currency.averageRecall().getAsDouble()).isCloseTo(0.7, within(1e-12));
        assertThat(currency.refresherDue()).isTrue();
        assertThat(currency.itemsBelowThreshold()).containsExactly("max-dose", "contraindications");
    }

    @Test
    void oneWeakItemIsNamedButDoesNotMakeTheRefresherDue() {
        KnowledgeCurrency currency = KnowledgeCurrency.assess(Map.of("a", 0.95, "b", 0.92, "c", 0.7), 0.8);
        assertThat(currency.refresherDue()).isFalse();
        assertThat(currency.itemsBelowThreshold()).containsExactly("c");
    }

    @Test
    void anAverageExactlyAtTheThresholdIsCurrent() {
        KnowledgeCurrency currency = KnowledgeCurrency.assess(Map.of("a", 0.75, "b", 0.75), 0.75);
        assertThat(currency.refresherDue()).isFalse();
        assertThat(currency.itemsBelowThreshold()).isEmpty();
    }

    @Test
    void equallyWeakItemsAreListedById() {
        assertThat(KnowledgeCurrency.assess(Map.of("b", 0.5, "a", 0.5, "c", 0.4), 0.8).itemsBelowThreshold())
                .containsExactly("c", "a", "b");
    }

    @Test
    void withoutSafetyCriticalItemsNoRefresherIsEverDue() {
        KnowledgeCurrency currency = KnowledgeCurrency.assess(Map.of(), 0.8);
        assertThat(currency.averageRecall()).isEmpty();
        assertThat(currency.refresherDue()).isFalse();
    }

    @Test
    void refusesRecallsAndThresholdsOutsideTheUnitInterval() {
        assertThatThrownBy(() -> KnowledgeCurrency.assess(Map.of("a", -0.1), 0.8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a must be in [0, 1]");
        assertThatThrownBy(() -> KnowledgeCurrency.assess(Map.of("a", 0.5), 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    }
}
