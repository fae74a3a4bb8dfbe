package org.ketaminetraining.insight.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.fsrs.FittingResult;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.ParameterOptimiser;

class HeldOutFittingTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private final ParameterOptimiser optimiser = new ParameterOptimiser();

    private static Instant day(int d) {
        return T0.plus(Duration.ofDays(d));
    }

    /** One item per scored review: a first Good on day 0, then one Good or Again on the given day. */
    private static List<List<DatedReview>> oneScoredReviewEach(int... days) {
        List<List<DatedReview>> histories = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            histories.add(List.of(new DatedReview(day(0), 0, Rating.GOOD),
                    new DatedReview(day(days[i]), days[i], i % 3 == 0 ? Rating.AGAIN : Rating.GOOD)));
        }
        return histories;
    }

    private HeldOutResult evaluate(List<List<DatedReview>> histories, FsrsParameters current) {
        return HeldOutFitting.evaluate(histories, current, "org-fit-1", optimiser, done -> {
        });
    }

    @Test
    void theLastFifthByTimeIsHeldOutWithEveryReviewAnsweredExactlyAtTheCutoff() {
        // Ten scored reviews; the last 2 by time begin at the 9th (day 9), and day 9 also holds the 8th, so three
        // are held out and seven train.
        HeldOutResult result = evaluate(oneScoredReviewEach(9, 1, 2, 3, 4, 5, 6, 7, 9, 10),
                FsrsParameters.DEFAULT);

        assertThat(result.cutoff()).contains(day(9));
        assertThat(result.trainingReviews()).isEqualTo(7);
        assertThat(result.heldOutReviews()).isEqualTo(3);
        assertThat(result.currentHeldOut().reviews()).isEqualTo(3);
    }

    @Test
    void withoutTiesTheCutoffIsTheFirstOfTheLatestFifth() {
        HeldOutResult result = evaluate(oneScoredReviewEach(5, 4, 3, 2, 1), FsrsParameters.DEFAULT);

        assertThat(result.cutoff()).contains(day(5));
        assertThat(result.trainingReviews()).isEqualTo(4);
        assertThat(result.heldOutReviews()).isEqualTo(1);
    }

    @Test
    void tooShortAHistoryIsNotAppliedAndSaysWhy() {
        HeldOutResult result = evaluate(oneScoredReviewEach(9, 1, 2, 3, 4, 5, 6, 7, 9, 10),
                FsrsParameters.DEFAULT);

        assertThat(result.apply()).isFalse();
        assertThat(result.reason()).contains("only 7 scored reviews before the 3 held-out reviews answered from "
                + day(9) + " on to fit on (at least 64 needed)");
        assertThat(result.fittedHeldOut().reviews()).isZero();
        assertThat(result.fullFit().outcome()).isEqualTo(FittingResult.Outcome.TOO_LITTLE_HISTORY);
    }

    @Test
    void noScoredReviewsOrNoneBeforeTheLatestGiveNoCutoff() {
        HeldOutResult none = evaluate(List.of(List.of(new DatedReview(day(0), 0, Rating.GOOD),
                new DatedReview(day(0).plusSeconds(60), 0, Rating.GOOD))), FsrsParameters.DEFAULT);
        HeldOutResult sameInstant = evaluate(oneScoredReviewEach(4, 4, 4), FsrsParameters.DEFAULT);

        assertThat(none.cutoff()).isEmpty();
        assertThat(none.apply()).isFalse();
        assertThat(none.reason()).startsWith("no scored reviews");
        assertThat(sameInstant.cutoff()).isEmpty();
        assertThat(sameInstant.trainingReviews()).isEqualTo(3);
        assertThat(sameInstant.heldOutReviews()).isZero();
        assertThat(sameInstant.reason()).contains("cannot be split in time");
    }

    /**
     * 1,000 items whose learners' memory is FSRS-6 with weights far from the defaults (6,275 scored reviews, 1,255
     * held out): fitted on the older four fifths, the weights predict the newest fifth with log loss 0.3474 against
     * the defaults' 0.3553, so the full fit is applied. (With 400 items, 490 held out, the noise of the held-out
     * loss is as large as the gap: even the true weights lost to the defaults there.)
     */
    @Test
    void weightsFittedToAnFsrsLearnerUnlikeTheDefaultsAreApplied() {
        List<List<DatedReview>> histories = DatedHistories.generate(DatedHistories.TRUE_WEIGHTS, 1000,
                new Random(1));
        List<Double> progress = new ArrayList<>();

        HeldOutResult result = HeldOutFitting.evaluate(histories, FsrsParameters.DEFAULT, "org-fit-1", optimiser,
                progress::add);

        assertThat(result.apply()).as(result.reason()).isTrue();
        assertThat(result.fullFit().outcome()).isEqualTo(FittingResult.Outcome.FITTED);
        assertThat(result.fullFit().parameters().version()).isEqualTo("org-fit-1");
        int scored = result.trainingReviews() + result.heldOutReviews();
        assertThat(result.fullFit().scoredReviews()).isEqualTo(scored);
        assertThat(result.heldOutReviews()).isBetween(scored / 5, scored / 5 + 20);
        assertThat(result.fittedHeldOut().reviews()).isEqualTo(result.heldOutReviews());
        assertThat(result.fittedHeldOut().logLoss().getAsDouble())
                .isLessThan(result.currentHeldOut().logLoss().getAsDouble());
        assertThat(result.reason()).contains("replace the current ones").contains("(fsrs6-default)");
        assertThat(progress).isSorted().first().isEqualTo(0.0);
        assertThat(progress).last().isEqualTo(1.0);
        assertThat(progress).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
    }

    /**
     * The same reviews, but the weights in use are already the truth: the fit's held-out log loss 0.3474 is above
     * the truth's 0.3454, so nothing is replaced.
     */
    @Test
    void weightsFittedToAnFsrsLearnerDoNotReplaceTheTruth() {
        List<List<DatedReview>> histories = DatedHistories.generate(DatedHistories.TRUE_WEIGHTS, 1000,
                new Random(1));

        HeldOutResult result = evaluate(histories, DatedHistories.TRUE_WEIGHTS);

        assertThat(result.apply()).as(result.reason()).isFalse();
        assertThat(result.fittedHeldOut().logLoss().getAsDouble())
                .isGreaterThanOrEqualTo(result.currentHeldOut().logLoss().getAsDouble());
        assertThat(result.reason()).contains("predict no better, current weights kept");
        // The full fit is made anyway, so that it can be stored beside the current set.
        assertThat(result.fullFit().outcome()).isEqualTo(FittingResult.Outcome.FITTED);
    }

    @Test
    void badArgumentsAreRefused() {
        List<List<DatedReview>> histories = oneScoredReviewEach(1, 2);
        assertThatThrownBy(() -> HeldOutFitting.evaluate(histories, FsrsParameters.DEFAULT, " ", optimiser,
                done -> {
                })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> HeldOutFitting.evaluate(List.of(List.of()), FsrsParameters.DEFAULT, "v",
                optimiser, done -> {
                })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("history 0 has no reviews");
    }
}
