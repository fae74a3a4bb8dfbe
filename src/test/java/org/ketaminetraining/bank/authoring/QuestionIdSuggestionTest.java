package org.ketaminetraining.bank.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionIdSuggestionTest {

    @Test
    void followsTheModulesPattern() {
        assertThat(QuestionIdSuggestion.next("dosing", List.of("dose-001", "dose-024", "dose-002")))
                .isEqualTo("dose-025");
    }

    @Test
    void aModuleWithoutQuestionsStartsAtOne() {
        assertThat(QuestionIdSuggestion.next("dosing", List.of())).isEqualTo("dosing-001");
        assertThat(QuestionIdSuggestion.next("intro", List.of("welcome", "overview"))).isEqualTo("intro-001");
    }

    @Test
    void takesThePrefixMostIdsShareAndTheWidthTheyUse() {
        assertThat(QuestionIdSuggestion.next("pk", List.of("pk-01", "pk-02", "pk-07", "old-999", "pk-3")))
                .isEqualTo("pk-08");
        assertThat(QuestionIdSuggestion.next("pk", List.of("pk-0098", "pk-0099"))).isEqualTo("pk-0100");
        assertThat(QuestionIdSuggestion.next("pk", List.of("pk-98", "pk-99"))).isEqualTo("pk-100");
    }

    @Test
    void neverATakenId() {
        assertThat(QuestionIdSuggestion.next("dosing", List.of("dose-001"), Set.of("dose-001", "dose-002",
                "dose-003"))).isEqualTo("dose-004");
        assertThat(QuestionIdSuggestion.next("dosing", List.of(), Set.of("dosing-001"))).isEqualTo("dosing-002");
    }
}
