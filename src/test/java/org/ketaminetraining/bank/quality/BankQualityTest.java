package org.ketaminetraining.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.Curriculum;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.TagVocabulary;
import org.ketaminetraining.bank.model.TrueFalse;

class BankQualityTest {

    @Test
    void identicalStemsAreFullySimilarAndUnrelatedOnesAreNot() {
        assertThat(BankQuality.jaccard(BankQuality.trigrams("What is the oral bioavailability of ketamine?"),
                BankQuality.trigrams("What is the oral bioavailability of ketamine?"))).isEqualTo(1.0);
        assertThat(BankQuality.jaccard(BankQuality.trigrams("What is the oral bioavailability of ketamine?"),
                BankQuality.trigrams("Which blood pressure threshold delays the next dose?"))).isZero();
    }

    @Test
    void measuresTheFixtureBank() {
        BankSnapshot bank = BankLoader.load(Path.of("src/test/resources/banks/valid")).snapshot().orElseThrow();
        BankQuality quality = BankQuality.of(bank, 0.5);
        assertThat(quality.questions()).isEqualTo(bank.questions().size());
        assertThat(quality.choiceItems()).isPositive();
        assertThat(quality.singleChoiceKeyPositions().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(quality.singleChoiceItems());
        assertThat(quality.keyIsLongestShare()).isBetween(0.0, 1.0);
    }

    @Test
    void countsSelectAllItemsByTheirNumberOfWrongOptionsAndSafetyCriticalItemsPerModule() {
        BankSnapshot bank = BankSnapshot.of(List.of(
                Items.module("a", Items.selectAll("a1", 3, 2), Items.selectAll("a2", 2, 2),
                        Items.question("a3", "Stem?", TrueFalse.of(true), "Because.", Question.SAFETY_CRITICAL_TAG)),
                Items.module("b", Items.selectAll("b1", 4, 1), Items.single("b2", "Key", "Wrong"))),
                new TagVocabulary(List.of()), new Curriculum("1", List.of()));
        BankQuality quality = BankQuality.of(bank, 0.5);
        assertThat(quality.selectAllWrongOptions()).containsExactly(entry(1, 1), entry(2, 2));
        assertThat(quality.commonestSelectAllWrongOptionsShare()).isEqualTo(2.0 / 3);
        assertThat(quality.safetyCriticalPerModule()).containsExactly(entry("a", 1), entry("b", 0));
        assertThat(quality.largestSafetyCriticalShare()).isEqualTo(Map.entry("a", 1.0 / 3));
    }
}
