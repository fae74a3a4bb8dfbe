package org.ketaminetraining.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;

/**
 * Replays the 364 ts-fsrs reference reviews through {@link MemoryModel} and requires every stability, difficulty,
 * retrievability and interval to match within 1e-4 relative.
 */
class ReferenceReplayTest {

    private static final double RELATIVE = 1e-4;
    private final MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);

    @Test
    void everyReferenceReviewMatchesWithinOneTenThousandth() {
        List<ReferenceVectors.Row> rows = ReferenceVectors.rows();
        assertThat(rows).hasSize(364);
        Map<String, MemoryState> memories = new HashMap<>();
        for (ReferenceVectors.Row row : rows) {
            MemoryState previous = memories.get(row.itemId());
            Rating rating = Rating.ofGrade(row.rating());
            MemoryState next;
            if (previous == null) {
                assertThat(row.retrievabilityBefore()).as("line %d has no R before a first review", row.lineNumber())
                        .isEmpty();
                next = model.initial(rating);
            } else {
                double r = model.retrievability(row.elapsedDays(), previous.stability());
                assertRelative(r, row.retrievabilityBefore().getAsDouble(), "R", row);
                next = model.next(previous, row.elapsedDays(), rating);
            }
            assertRelative(next.stability(), row.stability(), "S", row);
            assertRelative(next.difficulty(), row.difficulty(), "D", row);
            assertRelative(model.intervalDays(ReferenceVectors.RETENTION, next.stability()), row.intervalDays(),
                    "interval", row);
            memories.put(row.itemId(), next);
        }
        assertThat(memories).hasSize(60);
    }

    @Test
    void referenceCoversEveryKindOfUpdate() {
        List<ReferenceVectors.Row> rows = ReferenceVectors.rows();
        Map<String, Integer> seen = new HashMap<>();
        long sameDay = 0;
        long lapses = 0;
        long passes = 0;
        for (ReferenceVectors.Row row : rows) {
            boolean first = seen.merge(row.itemId(), 1, Integer::sum) == 1;
            if (!first && row.elapsedDays() == 0) {
                sameDay++;
            } else if (!first && row.rating() == 1) {
                lapses++;
            } else if (!first) {
                passes++;
            }
        }
        assertThat(sameDay).as("same-day reviews").isPositive();
        assertThat(lapses).as("lapses").isPositive();
        assertThat(passes).as("passes").isPositive();
    }

    private static void assertRelative(double actual, double expected, String what, ReferenceVectors.Row row) {
        if (expected == 0) {
            assertThat(actual).as("%s on line %d", what, row.lineNumber()).isCloseTo(0, within(1e-12));
        } else {
            assertThat(actual).as("%s on line %d (%s)", what, row.lineNumber(), row)
                    .isCloseTo(expected, withinPercentage(RELATIVE * 100));
        }
    }
}
