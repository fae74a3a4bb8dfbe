package org.ketaminetraining.bank.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingRangesTest {

    @Test
    void aValueInsideAnotherEntrysRangeIsAnOverlap() {
        assertThat(MatchingRanges.overlaps(List.of(Items.matching("pk", "100%", "About 93%", "About 25–50%",
                "About 29–30%", "About 20% (extensive first-pass metabolism)"))))
                .containsExactly(new MatchingRanges.Overlap("pk", "About 25–50%", "About 29–30%"));
    }

    @Test
    void hoursAndMinutesAreComparedAsOneUnit() {
        assertThat(MatchingRanges.overlaps(List.of(Items.matching("mon", "About 15 minutes", "30–45 minutes",
                "By 1–1.5 hours", "About 40 minutes", "About 4 hours"))))
                .containsExactly(new MatchingRanges.Overlap("mon", "30–45 minutes", "About 40 minutes"));
        assertThat(MatchingRanges.overlaps(List.of(Items.matching("mon", "About 15 minutes", "By 1–1.5 hours",
                "About 40 minutes", "About 4 hours", "At least 2 hours", "90 min")))).hasSize(1);
    }

    @Test
    void entriesWithoutAUnitOrInDifferentUnitsAreNotCompared() {
        assertThat(MatchingRanges.range("Controlled in DEA Schedule III since 1999")).isEmpty();
        assertThat(MatchingRanges.range("1 device (2 sprays)")).isEmpty();
        assertThat(MatchingRanges.overlaps(List.of(Items.matching("d", "1 device (2 sprays)",
                "2 devices (4 sprays), 5 minutes apart", "3 devices (6 sprays), 5 minutes between each")))).isEmpty();
        assertThat(MatchingRanges.overlaps(List.of(Items.matching("x", "About 40 minutes", "40%", "40 mg"))))
                .isEmpty();
    }
}
