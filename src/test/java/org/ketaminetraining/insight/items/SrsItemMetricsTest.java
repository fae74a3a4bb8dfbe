package org.ketaminetraining.insight.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ketaminetraining.scheduling.Rating.AGAIN;
import static org.ketaminetraining.scheduling.Rating.EASY;
import static org.ketaminetraining.scheduling.Rating.GOOD;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.MemoryModel;
import org.ketaminetraining.scheduling.fsrs.MemoryState;

class SrsItemMetricsTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final Instant START = Instant.parse("2026-02-02T09:00:00Z");
    private static final MemoryModel MODEL = new MemoryModel(FsrsParameters.DEFAULT);

    /*
     * Item X, three learners (elapsed days, rating, right?):
     *   learner 1: (0 GOOD right) (1 GOOD right) (3 AGAIN wrong) (0 GOOD right) (2 EASY right)
     *   learner 2: (0 AGAIN wrong) (0 GOOD right) (1 GOOD right)
     *   learner 3: (0 AGAIN wrong) (2 AGAIN wrong) (1 GOOD right)
     * First try: only learner 1 right: 1/3.
     * Lapses: learner 1's day-3 AGAIN (later day, after a right answer). Learner 3's day-2 AGAIN is no lapse: they
     * had never been right. Later-day answers after a first right one: learner 1 three (the 1, 3 and 2 day ones;
     * the same-day GOOD does not count), learner 2 one (the last), learner 3 none (the day-1 GOOD is the first
     * right answer). Lapse rate = 1 / (3 + 1 + 0) = 0.25.
     * Response times 1..11 s in order: median of 11 values = 6 s.
     */
    private static List<LoggedReview> threeLearners() {
        List<LoggedReview> reviews = new ArrayList<>();
        reviews.addAll(learner(1, "X", new double[]{0, 1, 3, 0, 2}, GOOD, GOOD, AGAIN, GOOD, EASY));
        reviews.addAll(learner(2, "X", new double[]{0, 0, 1}, AGAIN, GOOD, GOOD));
        reviews.addAll(learner(3, "X", new double[]{0, 2, 1}, AGAIN, AGAIN, GOOD));
        List<LoggedReview> timed = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            LoggedReview r = reviews.get(i);
            timed.add(new LoggedReview(r.accountId(), r.itemKey(), r.answeredAt(), r.elapsedDays(), r.rating(),
                    r.correct(), false, false, 1000L * (i + 1)));
        }
        return timed;
    }

    @Test
    void firstTryLapsesAndMedianResponseFollowTheHandCount() {
        SrsMetrics x = SrsItemMetrics.of(threeLearners(), FsrsParameters.DEFAULT, new AnalysisSettings(11)).get("X");

        assertThat(x.reviews()).isEqualTo(11);
        assertThat(x.learners()).isEqualTo(3);
        assertThat(x.enoughReviews()).isTrue();
        assertThat(x.firstTryAccuracy().getAsDouble()).isCloseTo(1.0 / 3, EXACT);
        assertThat(x.lapseRate().getAsDouble()).isCloseTo(0.25, EXACT);
        assertThat(x.medianResponseSeconds()).hasValue(6.0);
        assertThat(x.maxLapses()).isEqualTo(1);
        assertThat(x.leeches()).isZero();
        assertThat(x.confidentlyWrongRate()).isEmpty();
    }

    @Test
    void difficultyIsTheReplayThroughTheMemoryModel() {
        SrsMetrics x = SrsItemMetrics.of(threeLearners(), FsrsParameters.DEFAULT, new AnalysisSettings(1)).get("X");

        double d1 = replay(new double[]{0, 1, 3, 0, 2}, GOOD, GOOD, AGAIN, GOOD, EASY).difficulty();
        double d2 = replay(new double[]{0, 0, 1}, AGAIN, GOOD, GOOD).difficulty();
        double d3 = replay(new double[]{0, 2, 1}, AGAIN, AGAIN, GOOD).difficulty();
        assertThat(x.meanDifficulty().getAsDouble()).isCloseTo((d1 + d2 + d3) / 3, EXACT);
        // Not a trivial mean: the three learners end at different difficulties.
        assertThat(d1).isNotEqualTo(d2);
    }

    @Test
    void theOrderGivenDoesNotMatter() {
        List<LoggedReview> shuffled = new ArrayList<>(threeLearners());
        Collections.shuffle(shuffled, new Random(18));

        assertThat(SrsItemMetrics.of(shuffled, FsrsParameters.DEFAULT, new AnalysisSettings(1)))
                .isEqualTo(SrsItemMetrics.of(threeLearners(), FsrsParameters.DEFAULT, new AnalysisSettings(1)));
    }

    /*
     * With the default weights (checked against MemoryModel below): GOOD first gives S = 2.31, GOOD a day later
     * 7.32, three days after that 19.83 (< 21), seven days after that 45.1: learner A reaches 21 after 1 + 3 + 7 = 11
     * days. EASY first gives 8.30; EASY eight days later 65.6: learner B after 8 days. Learner C answers once (AGAIN)
     * and never gets there. Median of (11, 8) = 9.5.
     */
    @Test
    void daysToStability21IsTheMedianOverLearnersWhoGotThere() {
        List<LoggedReview> reviews = new ArrayList<>();
        reviews.addAll(learner(1, "Y", new double[]{0, 1, 3, 7}, GOOD, GOOD, GOOD, GOOD));
        reviews.addAll(learner(2, "Y", new double[]{0, 8}, EASY, EASY));
        reviews.addAll(learner(3, "Y", new double[]{0}, AGAIN));
        assertThat(replay(new double[]{0, 1, 3}, GOOD, GOOD, GOOD).stability()).isLessThan(21);
        assertThat(replay(new double[]{0, 1, 3, 7}, GOOD, GOOD, GOOD, GOOD).stability()).isGreaterThan(21);
        assertThat(MODEL.initial(EASY).stability()).isLessThan(21);

        SrsMetrics y = SrsItemMetrics.of(reviews, FsrsParameters.DEFAULT, new AnalysisSettings(1)).get("Y");

        assertThat(y.learnersReachedStability21()).isEqualTo(2);
        assertThat(y.medianDaysToStability21()).hasValue(9.5);
    }

    @Test
    void noLearnerReachingStability21LeavesTheMedianEmpty() {
        SrsMetrics z = SrsItemMetrics.of(learner(1, "Z", new double[]{0, 1}, GOOD, GOOD), FsrsParameters.DEFAULT,
                new AnalysisSettings(1)).get("Z");

        assertThat(z.learnersReachedStability21()).isZero();
        assertThat(z.medianDaysToStability21()).isEmpty();
        assertThat(z.firstTryAccuracy()).hasValue(1.0);
        assertThat(z.lapseRate()).hasValue(0.0);
    }

    @Test
    void aLeechIsALearnerWithEightLapsesNotSeven() {
        List<LoggedReview> reviews = new ArrayList<>();
        reviews.addAll(lapsing(1, 8));
        reviews.addAll(lapsing(2, 7));
        reviews.addAll(lapsing(3, 8));

        SrsMetrics l = SrsItemMetrics.of(reviews, FsrsParameters.DEFAULT, AnalysisSettings.defaults()).get("L");

        assertThat(l.maxLapses()).isEqualTo(8);
        assertThat(l.leeches()).isEqualTo(2);
        // 23 lapses over 2·8 + 2·7 + 2·8 = 46 later-day answers after the first right one.
        assertThat(l.lapseRate().getAsDouble()).isCloseTo(23.0 / 46, EXACT);
        assertThat(SrsItemMetrics.of(reviews, FsrsParameters.DEFAULT, AnalysisSettings.defaults(), 7).get("L")
                .leeches()).isEqualTo(3);
    }

    @Test
    void confidentlyWrongIsAShareOfHighConfidenceAnswers() {
        List<LoggedReview> reviews = new ArrayList<>();
        // Five high-confidence answers, two of them wrong; three low-confidence wrong ones do not count.
        boolean[] highRight = {true, false, true, false, true};
        for (int i = 0; i < highRight.length; i++) {
            reviews.add(new LoggedReview(i, "C", START, 0, highRight[i] ? GOOD : AGAIN, highRight[i], !highRight[i],
                    true, 3000));
        }
        for (int i = 0; i < 3; i++) {
            reviews.add(new LoggedReview(10 + i, "C", START, 0, AGAIN, false, false, false, 3000));
        }

        SrsMetrics c = SrsItemMetrics.of(reviews, FsrsParameters.DEFAULT, new AnalysisSettings(8)).get("C");

        assertThat(c.confidentlyWrongRate()).hasValue(0.4);
        assertThat(c.learners()).isEqualTo(8);
        assertThat(c.medianResponseSeconds()).hasValue(3.0);
    }

    @Test
    void belowTheGateFiguresAreEmptyButCountsAreKept() {
        List<LoggedReview> reviews = lapsing(1, 8);

        SrsMetrics l = SrsItemMetrics.of(reviews, FsrsParameters.DEFAULT, new AnalysisSettings(18)).get("L");

        assertThat(l.reviews()).isEqualTo(17);
        assertThat(l.enoughReviews()).isFalse();
        assertThat(List.of(l.firstTryAccuracy(), l.lapseRate(), l.meanDifficulty(), l.medianDaysToStability21(),
                l.confidentlyWrongRate(), l.medianResponseSeconds())).allMatch(OptionalDouble::isEmpty);
        assertThat(l.leeches()).isEqualTo(1);
        assertThat(l.maxLapses()).isEqualTo(8);
    }

    @Test
    void noReviewsGiveNoItems() {
        assertThat(SrsItemMetrics.of(List.of(), FsrsParameters.DEFAULT, AnalysisSettings.defaults())).isEmpty();
    }

    @Test
    void itemsAreKeptApartAndListedInKeyOrder() {
        List<LoggedReview> reviews = new ArrayList<>(learner(1, "b", new double[]{0}, AGAIN));
        reviews.addAll(learner(1, "a", new double[]{0}, GOOD));

        Map<String, SrsMetrics> metrics = SrsItemMetrics.of(reviews, FsrsParameters.DEFAULT, new AnalysisSettings(1));

        assertThat(metrics.keySet()).containsExactly("a", "b");
        assertThat(metrics.get("a").firstTryAccuracy()).hasValue(1.0);
        assertThat(metrics.get("b").firstTryAccuracy()).hasValue(0.0);
    }

    @Test
    void badReviewsAreRefusedWithAMessageSayingWhat() {
        assertThatThrownBy(() -> new LoggedReview(4, "Q", START, -1, GOOD, true, false, false, 0))
                .hasMessageContaining("item Q by account 4: elapsed days must be finite and at least 0, was -1.0");
        assertThatThrownBy(() -> new LoggedReview(4, "Q", START, 0, GOOD, true, true, true, 0))
                .hasMessageContaining("confidently wrong, so it must be wrong");
        assertThatThrownBy(() -> new LoggedReview(4, "Q", START, 0, AGAIN, false, false, false, -5))
                .hasMessageContaining("response time must be at least 0 ms, was -5");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(SrsItemMetrics.median(new double[]{4, 1, 3, 2})).hasValue(2.5);
        assertThat(SrsItemMetrics.median(new double[]{5})).hasValue(5.0);
        assertThat(SrsItemMetrics.median(new double[]{})).isEmpty();
    }

    /** A learner right at first, then {@code lapses} times wrong a day later and right a day after that. */
    private static List<LoggedReview> lapsing(long account, int lapses) {
        double[] elapsed = new double[1 + 2 * lapses];
        Rating[] ratings = new Rating[elapsed.length];
        ratings[0] = GOOD;
        for (int i = 1; i < elapsed.length; i++) {
            elapsed[i] = 1;
            ratings[i] = i % 2 == 1 ? AGAIN : GOOD;
        }
        return learner(account, "L", elapsed, ratings);
    }

    /** One learner's answers; right exactly when the rating is a pass; a day apart per elapsed day. */
    private static List<LoggedReview> learner(long account, String item, double[] elapsed, Rating... ratings) {
        List<LoggedReview> reviews = new ArrayList<>();
        Instant at = START;
        for (int i = 0; i < ratings.length; i++) {
            at = at.plus(Duration.ofHours(elapsed[i] == 0 && i > 0 ? 1 : 24 * (long) elapsed[i]));
            reviews.add(new LoggedReview(account, item, at, elapsed[i], ratings[i], ratings[i].isPass(), false,
                    false, 2000));
        }
        return reviews;
    }

    private static MemoryState replay(double[] elapsed, Rating... ratings) {
        MemoryState state = MODEL.initial(ratings[0]);
        for (int i = 1; i < ratings.length; i++) {
            state = MODEL.next(state, elapsed[i], ratings[i]);
        }
        return state;
    }
}
