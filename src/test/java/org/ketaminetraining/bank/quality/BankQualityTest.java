package org.ketaminetraining.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;

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
}
