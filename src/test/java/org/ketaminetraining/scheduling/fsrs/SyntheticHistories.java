package org.ketaminetraining.scheduling.fsrs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ketaminetraining.scheduling.Rating;

/**
 * Review histories of a learner whose memory IS FSRS-6 with known weights: the model decides each outcome (pass
 * with probability R from the true state), so a fit of those histories should recover a loss close to the true
 * weights' loss. Intervals aim at 90% recall but are spread by a random factor of 0.4 to 2.0, because recall
 * observed only near 90% would leave the shape of the forgetting curve (w20) and the recall-dependent terms
 * (w10, w14) nearly unidentifiable.
 */
final class SyntheticHistories {

    /** Weights well away from the defaults, each within bounds: steeper forgetting, faster growth, harsher lapses. */
    static final FsrsParameters TRUE_WEIGHTS = FsrsParameters.of("synthetic-truth",
            0.6, 1.8, 4.0, 12.0, 5.6, 0.6, 2.2, 0.02, 1.45, 0.25, 1.15,
            1.1, 0.09, 0.4, 1.9, 0.45, 2.4, 0.75, 0.25, 0.12, 0.4);

    private SyntheticHistories() {
    }

    /**
     * @param truth   the learner's real memory
     * @param items   how many items
     * @param days    how long each item is studied, in days from its first review
     * @param random  the outcomes' and intervals' only source of randomness
     */
    static List<List<PastReview>> generate(FsrsParameters truth, int items, int days, SplittableRandom random) {
        MemoryModel model = new MemoryModel(truth);
        List<List<PastReview>> histories = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            List<PastReview> reviews = new ArrayList<>();
            Rating first = firstRating(random);
            reviews.add(new PastReview(0, first));
            MemoryState state = model.initial(first);
            if (first == Rating.AGAIN) {
                // A same-day learning step, as learning steps produce: moves the state, is not scored.
                reviews.add(new PastReview(0, Rating.GOOD));
                state = model.next(state, 0, Rating.GOOD);
            }
            int day = 0;
            while (true) {
                double aimed = model.intervalDays(0.9, state.stability()) * (0.4 + 1.6 * random.nextDouble());
                int interval = (int) Math.max(1, Math.round(aimed));
                day += interval;
                if (day > days) {
                    break;
                }
                boolean recalled = random.nextDouble() < model.retrievability(interval, state.stability());
                Rating rating = recalled ? passRating(random) : Rating.AGAIN;
                reviews.add(new PastReview(interval, rating));
                state = model.next(state, interval, rating);
                if (!recalled) {
                    reviews.add(new PastReview(0, Rating.GOOD));
                    state = model.next(state, 0, Rating.GOOD);
                }
            }
            histories.add(reviews);
        }
        return histories;
    }

    private static Rating firstRating(SplittableRandom random) {
        double u = random.nextDouble();
        return u < 0.35 ? Rating.AGAIN : u < 0.45 ? Rating.HARD : u < 0.9 ? Rating.GOOD : Rating.EASY;
    }

    private static Rating passRating(SplittableRandom random) {
        double u = random.nextDouble();
        return u < 0.1 ? Rating.HARD : u < 0.92 ? Rating.GOOD : Rating.EASY;
    }
}
