package org.ketaminetraining.bank.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.bank.validation.Problem;

/** The size of an assessment in curriculum.yaml: {@code items_per_module} or {@code total_items}, never both. */
class AssessmentSizeParsingTest {

    /** Line 9 holds the final assessment's size, line 15 the renewal's. */
    private static String curriculum(String finalSize, String renewalSize) {
        return """
                format: 1
                version: "1"
                programmes:
                  - id: demo
                    title: Demo
                    required_modules: [pharmacology, safety]
                    minimum_spacing_days: 0
                    assessment:
                      %s
                      pass_mark: 0.8
                      all_safety_critical_correct: true
                      max_attempts: 3
                      cooldown_hours: 0
                    renewal_assessment:
                      %s
                      pass_mark: 0.8
                    validity_months: 24
                    renewal_window_days: 60
                    refresher_recall_threshold: 0.85
                """.formatted(finalSize, renewalSize);
    }

    private static CurriculumFileParser.Result parse(String yaml, int pharmacologyQuestions, int safetyQuestions) {
        Map<String, OptionalInt> counts = new LinkedHashMap<>();
        counts.put("pharmacology", OptionalInt.of(pharmacologyQuestions));
        counts.put("safety", OptionalInt.of(safetyQuestions));
        return CurriculumFileParser.parse(new SourceFile("curriculum.yaml", yaml), counts);
    }

    private static List<String> problems(String yaml, int pharmacologyQuestions, int safetyQuestions) {
        return parse(yaml, pharmacologyQuestions, safetyQuestions).problems().stream().map(Problem::toString)
                .toList();
    }

    @Test
    void readsATotalSpreadOverTheModules() {
        CurriculumFileParser.Result result = parse(curriculum("total_items: 5", "total_items: 3"), 4, 4);
        assertThat(result.problems()).isEmpty();
        Programme demo = result.curriculum().orElseThrow().programme("demo").orElseThrow();
        assertThat(demo.assessment()).isEqualTo(AssessmentBlueprint.ofTotal(5, 0.8, true, 3, 0, OptionalInt.empty()));
        assertThat(demo.assessment().itemsPerModule()).isEmpty();
        assertThat(demo.assessment().itemCounts(2)).containsExactly(3, 2);
        assertThat(demo.renewalAssessment()).hasValueSatisfying(renewal -> {
            assertThat(renewal.totalItems()).isEqualTo(OptionalInt.of(3));
            assertThat(renewal.itemCounts(2)).containsExactly(2, 1);
            assertThat(renewal.maxAttempts()).as("inherited from the final assessment").isEqualTo(3);
        });
    }

    @Test
    void aRenewalMaySizeItselfDifferentlyFromTheFinalAssessment() {
        CurriculumFileParser.Result result = parse(curriculum("total_items: 5", "items_per_module: 1"), 4, 4);
        assertThat(result.problems()).isEmpty();
        Programme demo = result.curriculum().orElseThrow().programme("demo").orElseThrow();
        assertThat(demo.renewalAssessment()).hasValueSatisfying(renewal -> {
            assertThat(renewal.itemsPerModule()).isEqualTo(OptionalInt.of(1));
            assertThat(renewal.totalItems()).isEmpty();
        });
    }

    @Test
    void givingBothIsAnErrorAtTheLineOfTotalItems() {
        String yaml = curriculum("items_per_module: 2\n      total_items: 5", "total_items: 2");
        assertThat(problems(yaml, 4, 4)).containsExactly(
                "curriculum.yaml:10:20: programme 'demo', assessment: give either 'items_per_module' (the same number"
                        + " from every module) or 'total_items' (a total spread over the modules), not both");
    }

    @Test
    void givingNeitherNamesBothKeys() {
        assertThat(problems(curriculum("# no size", "total_items: 2"), 4, 4)).containsExactly(
                "curriculum.yaml:10:7: programme 'demo', assessment: missing required key 'items_per_module' (or"
                        + " 'total_items' for a total spread over the modules)");
    }

    @Test
    void aModuleWithFewerQuestionsThanItsShareIsNamedWithItsCount() {
        // 5 over two modules is 3 + 2: the first module needs 3, the second 2.
        assertThat(problems(curriculum("total_items: 5", "total_items: 2"), 2, 2)).containsExactly(
                "curriculum.yaml:9:20: programme 'demo': 'assessment' draws 3 of its 5 items ('total_items') from"
                        + " module 'pharmacology' but it has only 2 questions");
        assertThat(problems(curriculum("total_items: 5", "total_items: 2"), 3, 1)).containsExactly(
                "curriculum.yaml:9:20: programme 'demo': 'assessment' draws 2 of its 5 items ('total_items') from"
                        + " module 'safety' but it has only 1 question");
    }

    @Test
    void aTotalMustAskEveryRequiredModuleAtLeastOnce() {
        assertThat(problems(curriculum("total_items: 5", "total_items: 1"), 4, 4)).containsExactly(
                "curriculum.yaml:15:20: programme 'demo': 'renewal_assessment' asks 1 item in all ('total_items')"
                        + " but the programme requires 2 modules; every required module must be asked at least once");
    }

    @Test
    void aTotalIsAWholeNumberOfAtLeastOne() {
        assertThat(problems(curriculum("total_items: 0", "total_items: 2"), 4, 4)).containsExactly(
                "curriculum.yaml:9:20: programme 'demo', assessment: 'total_items' must be a whole number from 1 to"
                        + " 1000, found 0");
    }

    @Test
    void itemsPerModuleKeepsItsMeaning() {
        CurriculumFileParser.Result result = parse(curriculum("items_per_module: 2", "items_per_module: 1"), 2, 2);
        assertThat(result.problems()).isEmpty();
        AssessmentBlueprint assessment = result.curriculum().orElseThrow().programmes().get(0).assessment();
        assertThat(assessment).isEqualTo(new AssessmentBlueprint(2, 0.8, true, 3, 0, OptionalInt.empty()));
        assertThat(assessment.itemCounts(2)).containsExactly(2, 2);
    }
}
