package org.ketaminetraining.insight.calibration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.MemoryModel;
import org.ketaminetraining.scheduling.fsrs.MemoryState;

/**
 * Dated review histories of learners whose memory IS FSRS-6 with given weights: the true model decides each outcome
 * (recalled with probability R from the true state). Items start on days spread over the first half year and are
 * studied until the end of the year; intervals aim at 90% recall by the true state but are spread by a random factor
 * of 0.4 to 2.0, so that recall is observed over a range of R and the forgetting curve's shape can be fitted.
 */
final class DatedHistories {

    /** Weights well away from the defaults, each within bounds: steeper forgetting, faster growth, harsher lapses. */
    static final FsrsParameters TRUE_WEIGHTS = FsrsParameters.of("synthetic-truth",
            0.6, 1.8, 4.0, 12.0, 5.6, 0.6, 2.2, 0.02, 1.45, 0.25, 1.15,
            1.1, 0.09, 0.4, 1.9, 0.45, 2.4, 0.75, 0.25, 0.12, 0.4);
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final int DAYS = 365;

    private DatedHistories() {
    }

    static List<List<DatedReview>> generate(FsrsParameters truth, int items, Random random) {
        MemoryModel model = new MemoryModel(truth);
        List<List<DatedReview>> histories = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            List<DatedReview> reviews = new ArrayList<>();
            int day = random.nextInt(DAYS / 2);
            // Minutes into the day, so that items reviewed on the same day are answered at different instants.
            int minute = random.nextInt(8 * 60);
            Rating first = firstRating(random);
            reviews.add(new DatedReview(at(day, minute), 0, first));
            MemoryState state = model.initial(first);
            if (first == Rating.AGAIN) {
                reviews.add(new DatedReview(at(day, minute + 10), 0, Rating.GOOD));
                state = model.next(state, 0, Rating.GOOD);
            }
            while (true) {
                double aimed = model.intervalDays(0.9, state.stability()) * (0.4 + 1.6 * random.nextDouble());
                int interval = (int) Math.max(1, Math.round(aimed));
                day += interval;
                if (day >= DAYS) {
                    break;
                }
                boolean recalled = random.nextDouble() < model.retrievability(interval, state.stability());
                Rating rating = recalled ? passRating(random) : Rating.AGAIN;
                reviews.add(new DatedReview(at(day, minute), interval, rating));
                state = model.next(state, interval, rating);
                if (!recalled) {
                    reviews.add(new DatedReview(at(day, minute + 10), 0, Rating.GOOD));
                    state = model.next(state, 0, Rating.GOOD);
                }
            }
            histories.add(reviews);
        }
        return histories;
    }

    private static Instant at(int day, int minute) {
        return START.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(minute));
    }

    private static Rating firstRating(Random random) {
        double u = random.nextDouble();
        return u < 0.35 ? Rating.AGAIN : u < 0.45 ? Rating.HARD : u < 0.9 ? Rating.GOOD : Rating.EASY;
    }

    private static Rating passRating(Random random) {
        double u = random.nextDouble();
        return u < 0.1 ? Rating.HARD : u < 0.92 ? Rating.GOOD : Rating.EASY;
    }
}
