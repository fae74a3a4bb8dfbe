package org.ketaminetraining.certification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.AssessmentBlueprint;
import org.ketaminetraining.bank.model.Programme;

class AssessmentDrawTest {

    private static final Programme PROGRAMME = Programmes.programme(List.of("pharmacology", "safety"), 1,
            Programmes.blueprint(3, 0.8, true, 3, 24), Optional.of(Programmes.blueprint(2, 0.8, true, 2, 24)));
    private static final Map<String, List<String>> PUBLISHED = Map.of(
            "pharmacology", items("p", 8),
            "safety", items("s", 5),
            "history", items("h", 4));

    private static AssessmentBlueprint totalOf(int items) {
        return AssessmentBlueprint.ofTotal(items, 0.8, true, 3, 0, OptionalInt.empty());
    }

    private static List<String> items(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void drawsTheBlueprintsCountOfDistinctPublishedItemsFromEachRequiredModule() {
        AssessmentDraw draw = AssessmentDraw.finalAssessment(PROGRAMME, PUBLISHED, new SplittableRandom(7));
        assertThat(draw.itemsByModule()).containsOnlyKeys("pharmacology", "safety");
        assertThat(draw.itemsByModule().get("pharmacology")).hasSize(3).doesNotHaveDuplicates()
                .isSubsetOf(PUBLISHED.get("pharmacology"));
        assertThat(draw.itemsByModule().get("safety")).hasSize(3).doesNotHaveDuplicates()
                .isSubsetOf(PUBLISHED.get("safety"));
        assertThat(draw.itemIds()).hasSize(6);
    }

    @Test
    void theSameSeedGivesTheSameDrawWhateverTheOrderOfThePublishedItems() {
        List<String> shuffled = new ArrayList<>(PUBLISHED.get("pharmacology"));
        Collections.reverse(shuffled);
        Map<String, List<String>> reordered = Map.of("pharmacology", shuffled, "safety", PUBLISHED.get("safety"));
        assertThat(AssessmentDraw.finalAssessment(PROGRAMME, reordered, new SplittableRandom(42)))
                .isEqualTo(AssessmentDraw.finalAssessment(PROGRAMME, PUBLISHED, new SplittableRandom(42)));
    }

    @Test
    void differentSeedsGiveDifferentDraws() {
        Set<List<String>> draws = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            draws.add(AssessmentDraw.finalAssessment(PROGRAMME, PUBLISHED, new SplittableRandom(seed)).itemIds());
        }
        assertThat(draws.size()).isGreaterThan(10);
    }

    @Test
    void aModuleWithExactlyEnoughItemsIsAskedInFull() {
        Map<String, List<String>> exact = Map.of("pharmacology", items("p", 3), "safety", items("s", 3));
        AssessmentDraw draw = AssessmentDraw.finalAssessment(PROGRAMME, exact, new SplittableRandom(1));
        assertThat(draw.itemsByModule().get("safety")).containsExactlyInAnyOrder("s0", "s1", "s2");
    }

    @Test
    void refusesWhenAModuleHasTooFewPublishedItems() {
        Map<String, List<String>> thin = Map.of("pharmacology", items("p", 8), "safety", List.of("s0", "s1", "s1"));
        assertThatThrownBy(() -> AssessmentDraw.finalAssessment(PROGRAMME, thin, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Module safety has 2 published items but the assessment asks 3 from each module.");
        assertThatThrownBy(() -> AssessmentDraw.finalAssessment(PROGRAMME, Map.of("pharmacology", items("p", 8)),
                new SplittableRandom(1))).hasMessageContaining("Module safety has 0 published items");
    }

    @Test
    void aTotalOfFiveOverTwoModulesDrawsThreeAndTwo() {
        Programme demo = Programmes.programme(List.of("pharmacology", "safety"), 0, totalOf(5), Optional.empty());
        AssessmentDraw draw = AssessmentDraw.finalAssessment(demo, PUBLISHED, new SplittableRandom(5));
        assertThat(draw.itemsByModule().get("pharmacology")).hasSize(3).doesNotHaveDuplicates()
                .isSubsetOf(PUBLISHED.get("pharmacology"));
        assertThat(draw.itemsByModule().get("safety")).hasSize(2).doesNotHaveDuplicates()
                .isSubsetOf(PUBLISHED.get("safety"));
        assertThat(draw.itemIds()).hasSize(5);
    }

    @Test
    void aTotalOfFiveOverThreeModulesDrawsTwoTwoAndOneInProgrammeOrder() {
        Programme three = Programmes.programme(List.of("safety", "history", "pharmacology"), 0, totalOf(5),
                Optional.empty());
        AssessmentDraw draw = AssessmentDraw.finalAssessment(three, PUBLISHED, new SplittableRandom(5));
        assertThat(draw.itemsByModule()).containsOnlyKeys("safety", "history", "pharmacology");
        assertThat(draw.itemsByModule().values()).extracting(List::size).containsExactly(2, 2, 1);
    }

    @Test
    void theRenewalDrawsEachModulesShareOfItsTotal() {
        Programme demo = Programmes.programme(List.of("pharmacology", "safety"), 0, totalOf(5),
                Optional.of(totalOf(3)));
        Map<String, Double> recall = new HashMap<>();
        PUBLISHED.values().forEach(items -> items.forEach(item -> recall.put(item, 0.95)));
        recall.putAll(Map.of("p1", 0.42, "p3", 0.61, "s1", 0.50));
        AssessmentDraw draw = AssessmentDraw.renewal(demo, PUBLISHED, recall, new SplittableRandom(3));
        assertThat(draw.itemsByModule().get("pharmacology")).containsExactly("p1", "p3");
        assertThat(draw.itemsByModule().get("safety")).containsExactly("s1");
    }

    @Test
    void aModuleShortOfItsShareOfATotalIsRefused() {
        Programme demo = Programmes.programme(List.of("pharmacology", "safety"), 0, totalOf(5), Optional.empty());
        Map<String, List<String>> thin = Map.of("pharmacology", items("p", 2), "safety", items("s", 5));
        assertThatThrownBy(() -> AssessmentDraw.finalAssessment(demo, thin, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Module pharmacology has 2 published items but the assessment asks 3 from it.");
    }

    @Test
    void theRenewalAsksTheItemsWithTheLowestPredictedRecallByTheRenewalBlueprint() {
        Map<String, Double> recall = Map.of("p0", 0.99, "p1", 0.42, "p2", 0.97, "p3", 0.61, "p4", 0.95,
                "p5", 0.98, "p6", 0.93, "p7", 0.96, "s0", 0.90, "s1", 0.50);
        AssessmentDraw draw = AssessmentDraw.renewal(PROGRAMME, PUBLISHED, recall, new SplittableRandom(3));
        assertThat(draw.itemsByModule().get("pharmacology")).containsExactly("p1", "p3");
        // s2..s4 have no prediction and count as 0, below s1's 0.50.
        assertThat(draw.itemsByModule().get("safety")).hasSize(2).isSubsetOf("s2", "s3", "s4");
    }

    @Test
    void theRenewalFallsBackToTheFinalBlueprintAndBreaksTiesReproducibly() {
        Programme noRenewal = Programmes.programme(List.of("pharmacology"), 1);
        Map<String, Double> allEqual = Map.of();
        Set<List<String>> draws = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            AssessmentDraw draw = AssessmentDraw.renewal(noRenewal, PUBLISHED, allEqual, new SplittableRandom(seed));
            assertThat(draw.itemIds()).hasSize(3)
                    .isEqualTo(AssessmentDraw.renewal(noRenewal, PUBLISHED, allEqual, new SplittableRandom(seed))
                            .itemIds());
            draws.add(draw.itemIds());
        }
        assertThat(draws.size()).as("ties are not always broken the same way").isGreaterThan(1);
    }

    @Test
    void theRenewalRefusesARecallOutsideTheUnitInterval() {
        assertThatThrownBy(() -> AssessmentDraw.renewal(PROGRAMME, PUBLISHED, Map.of("p1", 1.2),
                new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p1");
        assertThatThrownBy(() -> AssessmentDraw.renewal(PROGRAMME, PUBLISHED, Map.of("p1", Double.NaN),
                new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void aDrawAlwaysHasExactlyItemsPerModuleDistinctPublishedItems(@ForAll @IntRange(min = 1, max = 6) int perModule,
            @ForAll @IntRange(min = 0, max = 10) int extraPharmacology,
            @ForAll @IntRange(min = 0, max = 10) int extraSafety,
            @ForAll long seed) {
        Programme programme = Programmes.programme(List.of("pharmacology", "safety"), 1,
                Programmes.blueprint(perModule, 0.8, true, 3, 24), Optional.empty());
        Map<String, List<String>> published = Map.of("pharmacology", items("p", perModule + extraPharmacology),
                "safety", items("s", perModule + extraSafety));
        AssessmentDraw draw = AssessmentDraw.finalAssessment(programme, published, new SplittableRandom(seed));
        published.forEach((module, items) -> assertThat(draw.itemsByModule().get(module))
                .hasSize(perModule).doesNotHaveDuplicates().isSubsetOf(items));
    }
}
