package org.ketaminetraining.certification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.AssessmentBlueprint;

class AssessmentResultTest {

    private static final AssessmentBlueprint STRICT = Programmes.blueprint(5, 0.8, true, 3, 24);
    private static final AssessmentBlueprint LENIENT = Programmes.blueprint(5, 0.8, false, 3, 24);

    /** {@code total} ordinary items in module "m", the first {@code correct} of them correct. */
    private static List<AssessedItem> items(int correct, int total) {
        List<AssessedItem> items = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            items.add(AssessedItem.answered("q" + i, "m", false, i < correct));
        }
        return items;
    }

    @Test
    void exactlyThePassMarkPasses() {
        assertThat(AssessmentResult.grade(items(8, 10), STRICT).passed()).isTrue();
        assertThat(AssessmentResult.grade(items(7, 10), STRICT).passed()).isFalse();
    }

    @Test
    void aDecimalPassMarkIsMetByExactlyThatFraction() {
        AssessmentBlueprint seventy = Programmes.blueprint(5, 0.7, false, 3, 24);
        AssessmentBlueprint eightyFive = Programmes.blueprint(5, 0.85, false, 3, 24);
        assertThat(AssessmentResult.grade(items(7, 10), seventy).passed()).isTrue();
        assertThat(AssessmentResult.grade(items(17, 20), eightyFive).passed()).isTrue();
        assertThat(AssessmentResult.grade(items(16, 20), eightyFive).passed()).isFalse();
        assertThat(AssessmentResult.requiredCorrect(10, 0.7)).isEqualTo(7);
        assertThat(AssessmentResult.requiredCorrect(20, 0.85)).isEqualTo(17);
        assertThat(AssessmentResult.requiredCorrect(3, 0.67)).isEqualTo(3);
        assertThat(AssessmentResult.requiredCorrect(12, 1.0)).isEqualTo(12);
    }

    @Test
    void aMissedSafetyCriticalItemFailsAHighScoreWhenTheProgrammeSaysSo() {
        List<AssessedItem> items = items(9, 9);
        items.add(AssessedItem.answered("max-dose", "safety", true, false));
        AssessmentResult strict = AssessmentResult.grade(items, STRICT);
        assertThat(strict.score()).isEqualTo(0.9);
        assertThat(strict.passMarkReached()).isTrue();
        assertThat(strict.passed()).isFalse();
        assertThat(strict.safetyCriticalMissed()).containsExactly("max-dose");
        AssessmentResult lenient = AssessmentResult.grade(items, LENIENT);
        assertThat(lenient.passed()).isTrue();
        assertThat(lenient.safetyCriticalMissed()).containsExactly("max-dose");
    }

    @Test
    void unansweredItemsCountAsWrongAndGoBackToStudy() {
        List<AssessedItem> items = List.of(AssessedItem.answered("a", "pharmacology", false, true),
                AssessedItem.unanswered("b", "pharmacology", false),
                AssessedItem.answered("c", "safety", true, false),
                AssessedItem.unanswered("d", "safety", true),
                AssessedItem.answered("e", "safety", true, true));
        AssessmentResult result = AssessmentResult.grade(items, STRICT);
        assertThat(result.correct()).isEqualTo(2);
        assertThat(result.total()).isEqualTo(5);
        assertThat(result.score()).isEqualTo(0.4);
        assertThat(result.missedItemIds()).containsExactly("b", "c", "d");
        assertThat(result.safetyCriticalMissed()).containsExactly("c", "d");
        assertThat(result.byModule()).containsExactly(new ModuleScore("pharmacology", 1, 2),
                new ModuleScore("safety", 1, 3));
        assertThat(result.byModule().get(0).share()).isEqualTo(0.5);
    }

    @Test
    void refusesAnEmptyAttemptAndDuplicateItems() {
        assertThatThrownBy(() -> AssessmentResult.grade(List.of(), STRICT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without items");
        List<AssessedItem> twice = List.of(AssessedItem.answered("a", "m", false, true),
                AssessedItem.unanswered("a", "m", false));
        assertThatThrownBy(() -> AssessmentResult.grade(twice, STRICT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Item a appears twice in the attempt.");
    }

    @Property
    void gettingOneMoreItemRightNeverLowersTheScoreOrTurnsAPassIntoAFail(
            @ForAll @Size(min = 1, max = 30) List<Boolean> correct,
            @ForAll @Size(min = 1, max = 30) List<Boolean> critical,
            @ForAll @IntRange(max = 29) int flip) {
        int index = flip % correct.size();
        List<AssessedItem> before = new ArrayList<>();
        for (int i = 0; i < correct.size(); i++) {
            before.add(
                    AssessedItem.answered("q" + i, "m" + (i % 3), critical.get(i % critical.size()), correct.get(i)));
        }
        List<AssessedItem> after = new ArrayList<>(before);
        AssessedItem flipped = before.get(index);
        after.set(index, AssessedItem.answered(flipped.itemId(), flipped.moduleId(), flipped.safetyCritical(), true));
        for (AssessmentBlueprint blueprint : List.of(STRICT, LENIENT)) {
            AssessmentResult was = AssessmentResult.grade(before, blueprint);
            AssessmentResult is = AssessmentResult.grade(after, blueprint);
            assertThat(is.score()).isGreaterThanOrEqualTo(was.score());
            if (was.passed()) {
                assertThat(is.passed()).isTrue();
            }
        }
    }
}
