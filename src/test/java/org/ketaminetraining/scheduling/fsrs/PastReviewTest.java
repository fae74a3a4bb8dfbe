package org.ketaminetraining.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.policy.DayBoundary;

class PastReviewTest {

    private static final DayBoundary LONDON = DayBoundary.of(ZoneId.of("Europe/London"));

    @Test
    void fromLogCountsWholeStudyDaysAsTheSchedulerDoes() {
        List<Review> log = List.of(
                new Review(Instant.parse("2025-01-06T10:00:00Z"), Rating.AGAIN),
                new Review(Instant.parse("2025-01-06T10:10:00Z"), Rating.GOOD),
                // 03:00 is before the 04:00 rollover: still the study day of 6 January.
                new Review(Instant.parse("2025-01-07T03:00:00Z"), Rating.GOOD),
                new Review(Instant.parse("2025-01-08T09:00:00Z"), Rating.HARD));

        assertThat(PastReview.fromLog(log, LONDON)).containsExactly(
                new PastReview(0, Rating.AGAIN), new PastReview(0, Rating.GOOD), new PastReview(0, Rating.GOOD),
                new PastReview(2, Rating.HARD));
    }

    @Test
    void fromLogRejectsALogOutOfOrder() {
        List<Review> log = List.of(new Review(Instant.parse("2025-01-08T09:00:00Z"), Rating.GOOD),
                new Review(Instant.parse("2025-01-06T10:00:00Z"), Rating.GOOD));

        assertThatThrownBy(() -> PastReview.fromLog(log, LONDON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is before the previous one");
    }
}
