package org.ketaminetraining.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CueWordsTest {

    @Test
    void countsAbsoluteWordsInKeysAndDistractorsOfEveryModule() {
        CueWords cues = CueWords.of(List.of(
                Items.module("dosing", Items.single("d1", "Give it slowly", "Always push it fast",
                        "Never dilute it", "Dilute it in a bag")),
                Items.module("evidence", Items.single("e1", "Only one trial was positive", "Two were positive"))),
                Set.of("evidence"));
        assertThat(cues.absoluteInKeys()).isEqualTo(new CueWords.Share(1, 2));
        assertThat(cues.absoluteInDistractors()).isEqualTo(new CueWords.Share(2, 4));
        assertThat(cues.absoluteWordsGiveNothingAway()).isTrue();
    }

    @Test
    void absoluteWordsAreWholeWordsOnly() {
        CueWords cues = CueWords.of(List.of(Items.module("m", Items.single("q", "Allergy, nonetheless, mustard",
                "Overall"))), Set.of());
        assertThat(cues.absoluteInKeys().with()).isZero();
        assertThat(cues.absoluteInDistractors().with()).isZero();
    }

    @Test
    void hedgesAreMeasuredOnlyInTheHedgeModules() {
        CueWords cues = CueWords.of(List.of(
                Items.module("mechanism", Items.single("m1", "Partly: it is not fully understood", "It is serotonin",
                        "It is cortisol")),
                Items.module("dosing", Items.single("d1", "The effect may vary", "It is limited"))),
                Set.of("mechanism"));
        assertThat(cues.hedgedKeys()).isEqualTo(new CueWords.Share(1, 1));
        assertThat(cues.hedgedDistractors()).isEqualTo(new CueWords.Share(0, 2));
        assertThat(cues.hedgeRatio()).isInfinite();
    }

    @Test
    void aHedgeRatioOfOneMeansHedgesSayNothingAboutTheKey() {
        CueWords cues = CueWords.of(List.of(Items.module("evidence",
                Items.single("a", "Mixed: one trial was positive", "Mixed: no trial was positive"),
                Items.single("b", "Three trials", "Evidence is limited"))), Set.of("evidence"));
        assertThat(cues.hedgedKeys()).isEqualTo(new CueWords.Share(1, 2));
        assertThat(cues.hedgedDistractors()).isEqualTo(new CueWords.Share(2, 2));
        assertThat(cues.hedgeRatio()).isEqualTo(0.5);
    }
}
