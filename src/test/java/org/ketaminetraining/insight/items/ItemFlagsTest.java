package org.ketaminetraining.insight.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ItemFlagsTest {

    private static final FlagThresholds DEFAULTS = FlagThresholds.defaults();
    /** Options where nothing is odd: the key A is the top third's favourite. */
    private static final List<OptionCount> PLAIN = List.of(
            new OptionCount("A", true, 30, 9, 3, 10, 10), new OptionCount("B", false, 10, 1, 7, 10, 10));

    @Test
    void theDefaultsAreTheIssues() {
        assertThat(DEFAULTS).isEqualTo(new FlagThresholds(0.1, 0.95, 0.2, 0.15, 8));
    }

    @Test
    void discriminationFlagsBelowTheMinimumNotAtIt() {
        assertThat(reasons(assessment(0.5, 0.1, PLAIN))).isEmpty();
        List<ItemFlag> low = flags(assessment(0.5, 0.0999, PLAIN));
        assertThat(low).extracting(ItemFlag::reason).containsExactly(FlagReason.LOW_DISCRIMINATION);
        assertThat(low.get(0).explanation()).startsWith("Discrimination is 0.0999, below 0.1000: this item hardly");

        List<ItemFlag> negative = flags(assessment(0.5, -0.23, PLAIN));
        assertThat(negative).extracting(ItemFlag::reason).containsExactly(FlagReason.LOW_DISCRIMINATION);
        assertThat(negative.get(0).explanation()).startsWith("Discrimination is -0.23: learners who did well")
                .contains("wrong more often");
    }

    @Test
    void facilityFlagsAboveTheMaximumAndBelowTheMinimumNotAtThem() {
        assertThat(reasons(assessment(0.95, 0.3, PLAIN))).isEmpty();
        assertThat(reasons(assessment(0.2, 0.3, PLAIN))).isEmpty();

        List<ItemFlag> easy = flags(assessment(0.9501, 0.3, PLAIN));
        assertThat(easy).extracting(ItemFlag::reason).containsExactly(FlagReason.TOO_EASY);
        assertThat(easy.get(0).explanation()).startsWith("95.01% of attempts answered it correctly, more than 95.00%");

        List<ItemFlag> hard = flags(assessment(0.15, 0.3, PLAIN));
        assertThat(hard).extracting(ItemFlag::reason).containsExactly(FlagReason.TOO_HARD);
        assertThat(hard.get(0).explanation()).startsWith("Only 15% of attempts answered it correctly, fewer than 20%");
        assertThat(reasons(assessment(0.1999, 0.3, PLAIN))).containsExactly(FlagReason.TOO_HARD);
    }

    @Test
    void aDistractorFlagsWhenTheTopThirdChoosesItMoreThanTheKeyNotAsOften() {
        List<OptionCount> tie = List.of(
                new OptionCount("A", true, 20, 5, 3, 10, 10), new OptionCount("B", false, 20, 5, 7, 10, 10));
        assertThat(reasons(assessment(0.5, 0.3, tie))).isEmpty();

        List<OptionCount> beaten = List.of(
                new OptionCount("A", true, 20, 4, 3, 10, 10), new OptionCount("B", false, 20, 5, 7, 10, 10),
                new OptionCount("C", false, 2, 1, 0, 10, 10));
        List<ItemFlag> flags = flags(assessment(0.5, 0.3, beaten));
        assertThat(flags).extracting(ItemFlag::reason).containsExactly(FlagReason.DISTRACTOR_BEATS_KEY);
        assertThat(flags.get(0).explanation())
                .startsWith("Of the 10 best attempts that contained this item, more chose \"B\" (5) than the right"
                        + " answer \"A\" (4).");
    }

    @Test
    void withSeveralKeysADistractorMustBeatEveryOne() {
        List<OptionCount> options = List.of(
                new OptionCount("A", true, 20, 3, 3, 10, 10), new OptionCount("B", false, 20, 5, 7, 10, 10),
                new OptionCount("C", true, 20, 7, 1, 10, 10));
        assertThat(reasons(assessment(0.5, 0.3, options))).isEmpty();

        List<OptionCount> beaten = List.of(
                new OptionCount("A", true, 20, 3, 3, 10, 10), new OptionCount("B", false, 20, 8, 7, 10, 10),
                new OptionCount("C", true, 20, 7, 1, 10, 10));
        assertThat(reasons(assessment(0.5, 0.3, beaten))).containsExactly(FlagReason.DISTRACTOR_BEATS_KEY);
    }

    @Test
    void itemsWithoutAKeyedOptionAreNotCheckedForDistractors() {
        List<OptionCount> freeAnswers = List.of(new OptionCount("propofol", false, 9, 6, 1, 10, 10));
        assertThat(reasons(assessment(0.5, 0.3, freeAnswers))).isEmpty();
    }

    @Test
    void confidentlyWrongFlagsAboveTheMaximumNotAtIt() {
        assertThat(reasons(study(0.15, 0))).isEmpty();

        List<ItemFlag> flags = flags(study(0.18, 0));
        assertThat(flags).extracting(ItemFlag::reason).containsExactly(FlagReason.CONFIDENTLY_WRONG);
        assertThat(flags.get(0).explanation())
                .startsWith("18% of the answers given with high confidence were wrong, more than 15%: a likely"
                        + " misconception.");
        assertThat(reasons(study(0.1501, 0))).containsExactly(FlagReason.CONFIDENTLY_WRONG);
    }

    @Test
    void aLeechFlagsAtEightLapsesNotSeven() {
        assertThat(reasons(study(0.0, 7))).isEmpty();

        List<ItemFlag> flags = flags(study(0.0, 8));
        assertThat(flags).extracting(ItemFlag::reason).containsExactly(FlagReason.LEECH);
        assertThat(flags.get(0).explanation())
                .startsWith("A learner has forgotten this item 8 times after knowing it (8 or more makes it a leech).");
    }

    @Test
    void nothingFlagsFromFiguresBelowTheGate() {
        // Counts are listed below the gate, but a distractor that beats the key in 6 attempts is no evidence.
        List<OptionCount> beaten = List.of(
                new OptionCount("A", true, 2, 0, 1, 2, 2), new OptionCount("B", false, 4, 2, 1, 2, 2));
        OptionalDouble none = OptionalDouble.empty();
        ItemStatistics few = new ItemStatistics("Q", 6, false, none, none, none, none, none, none, none, none,
                beaten);
        SrsMetrics fewReviews = new SrsMetrics("Q", 12, 1, false, none, none, none, none, 0, none, none, 1, 9);

        assertThat(ItemFlags.of(Optional.of(few), Optional.of(fewReviews), DEFAULTS)).isEmpty();
        assertThat(ItemFlags.of(Optional.empty(), Optional.empty(), DEFAULTS)).isEmpty();
    }

    @Test
    void severalReasonsComeInTheirOrder() {
        List<OptionCount> beaten = List.of(
                new OptionCount("A", true, 20, 1, 3, 10, 10), new OptionCount("B", false, 20, 6, 7, 10, 10));
        assertThat(ItemFlags.of(Optional.of(assessment(0.1, -0.4, beaten)), Optional.of(study(0.5, 12)), DEFAULTS))
                .extracting(ItemFlag::reason)
                .containsExactly(FlagReason.LOW_DISCRIMINATION, FlagReason.DISTRACTOR_BEATS_KEY, FlagReason.TOO_HARD,
                        FlagReason.CONFIDENTLY_WRONG, FlagReason.LEECH);
    }

    @Test
    void thresholdsAreChecked() {
        assertThatThrownBy(() -> new FlagThresholds(0.1, 0.5, 0.6, 0.15, 8))
                .hasMessageContaining("minimumFacility must be within [0.0, 0.5], was 0.6");
        assertThatThrownBy(() -> new FlagThresholds(0.1, 0.95, 0.2, 0.15, 0))
                .hasMessageContaining("leechLapses must be at least 1");
        assertThatThrownBy(() -> new FlagThresholds(Double.NaN, 0.95, 0.2, 0.15, 8))
                .hasMessageContaining("minimumDiscrimination must be within [-1.0, 1.0], was NaN");
    }

    private static ItemStatistics assessment(double facility, double discrimination, List<OptionCount> options) {
        OptionalDouble none = OptionalDouble.empty();
        return new ItemStatistics("Q", 40, true, OptionalDouble.of(facility), none, none, none,
                OptionalDouble.of(discrimination), none, none, none, options);
    }

    private static SrsMetrics study(double confidentlyWrongRate, int maxLapses) {
        OptionalDouble none = OptionalDouble.empty();
        return new SrsMetrics("Q", 200, 20, true, none, none, none, none, 0, OptionalDouble.of(confidentlyWrongRate),
                none, maxLapses >= 8 ? 1 : 0, maxLapses);
    }

    private static List<ItemFlag> flags(ItemStatistics statistics) {
        return ItemFlags.of(Optional.of(statistics), Optional.empty(), DEFAULTS);
    }

    private static List<ItemFlag> flags(SrsMetrics metrics) {
        return ItemFlags.of(Optional.empty(), Optional.of(metrics), DEFAULTS);
    }

    private static List<FlagReason> reasons(ItemStatistics statistics) {
        return flags(statistics).stream().map(ItemFlag::reason).toList();
    }

    private static List<FlagReason> reasons(SrsMetrics metrics) {
        return flags(metrics).stream().map(ItemFlag::reason).toList();
    }
}
