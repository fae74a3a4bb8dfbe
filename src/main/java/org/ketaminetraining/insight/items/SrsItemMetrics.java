package org.ketaminetraining.insight.items;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.MemoryModel;
import org.ketaminetraining.scheduling.fsrs.MemoryState;

/**
 * Spaced-repetition figures per item from the review log: how the item behaves in study, where classical item
 * analysis only sees the final assessment.
 *
 * <p>Definitions, per item (a "learner's sequence" is that learner's answers to the item in the order answered):
 * <ul>
 *   <li><b>First-try accuracy</b>: the share of learners whose first answer was right.</li>
 *   <li><b>Lapse</b>: a wrong answer on a later day (elapsedDays &gt;= 1) after the learner had answered the item
 *       right at least once; a wrong answer the same day is still learning, not forgetting. <b>Lapse rate</b>:
 *       lapses / later-day answers given after the learner's first right answer.</li>
 *   <li><b>Difficulty and stability</b>: each learner's sequence replayed through FSRS's {@link MemoryModel}
 *       with the parameters given ({@code initial(rating)} for the first answer, then
 *       {@code next(state, elapsedDays, rating)}). <b>Mean difficulty</b>: the mean over learners of D after their
 *       last answer.</li>
 *   <li><b>Days to stability 21</b>: the study days (the sum of elapsedDays, so days as the scheduler counts them)
 *       from a learner's first answer to the first answer after which S &gt;= 21; the median over the learners who
 *       got there, empty if none did.</li>
 *   <li><b>Confidently-wrong rate</b>: confidently wrong answers / high-confidence answers.</li>
 *   <li><b>Median response time</b> over all answers; <b>leeches</b>: learners with at least the leech number of
 *       lapses (8 by default, Anki's usual threshold); <b>max lapses</b> of any one learner.</li>
 * </ul>
 * The gate: every figure is empty below {@link AnalysisSettings#minimumResponses()} reviews of the item; counts
 * (reviews, learners, learners who reached stability 21, leeches, max lapses) are always given.
 *
 * <p>Cost: one sort of the reviews and one replay step per review, O(R log R).
 */
public final class SrsItemMetrics {

    /** A learner lapsing this often on one item is stuck on it: Anki's default leech threshold. */
    public static final int DEFAULT_LEECH_LAPSES = 8;
    /** The stability, in days, that counts as "learned": three weeks without forgetting at 90% recall. */
    public static final double TARGET_STABILITY_DAYS = 21;

    private static final Comparator<LoggedReview> BY_LEARNER_TIME = Comparator
            .comparingLong(LoggedReview::accountId)
            .thenComparing(LoggedReview::answeredAt);

    private SrsItemMetrics() {
    }

    /**
     * @param reviews    every logged answer to analyse, in any order
     * @param parameters the FSRS weights to replay with (the ones the organisation schedules with)
     * @param settings   the minimum number of reviews
     * @return per item key, in key order
     */
    public static Map<String, SrsMetrics> of(List<LoggedReview> reviews, FsrsParameters parameters,
            AnalysisSettings settings) {
        return of(reviews, parameters, settings, DEFAULT_LEECH_LAPSES);
    }

    /** As {@link #of(List, FsrsParameters, AnalysisSettings)}, counting leeches from {@code leechLapses} lapses. */
    public static Map<String, SrsMetrics> of(List<LoggedReview> reviews, FsrsParameters parameters,
            AnalysisSettings settings, int leechLapses) {
        Checks.noNulls(reviews, "reviews");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(settings, "settings");
        Checks.atLeast(leechLapses, 1, "leechLapses");
        // Grouping by item first keeps the sort's comparisons cheap (numbers and instants, not keys sharing a
        // long prefix); the sort is stable, so answers logged at the same instant keep the order given.
        Map<String, List<LoggedReview>> byItem = new HashMap<>();
        for (LoggedReview review : reviews) {
            byItem.computeIfAbsent(review.itemKey(), k -> new ArrayList<>()).add(review);
        }
        List<String> keys = new ArrayList<>(byItem.keySet());
        Collections.sort(keys);
        MemoryModel model = new MemoryModel(parameters);
        Map<String, SrsMetrics> metrics = new LinkedHashMap<>();
        for (String key : keys) {
            LoggedReview[] sorted = byItem.get(key).toArray(LoggedReview[]::new);
            Arrays.sort(sorted, BY_LEARNER_TIME);
            metrics.put(key, item(sorted, 0, sorted.length, model, settings.minimumResponses(), leechLapses));
        }
        return metrics;
    }

    /** The figures of one item from its reviews, sorted[start, end) by learner and time. */
    private static SrsMetrics item(LoggedReview[] sorted, int start, int end, MemoryModel model, int minimum,
            int leechLapses) {
        ItemTally tally = new ItemTally(end - start);
        int learnerStart = start;
        while (learnerStart < end) {
            int learnerEnd = learnerStart;
            while (learnerEnd < end && sorted[learnerEnd].accountId() == sorted[learnerStart].accountId()) {
                learnerEnd++;
            }
            tally.learner(sorted, learnerStart, learnerEnd, model, leechLapses);
            learnerStart = learnerEnd;
        }
        String itemKey = sorted[start].itemKey();
        int reviews = end - start;
        OptionalDouble none = OptionalDouble.empty();
        int reached = tally.daysToTarget.size();
        if (reviews < minimum) {
            return new SrsMetrics(itemKey, reviews, tally.learners, false, none, none, none, none, reached, none,
                    none, tally.leeches, tally.maxLapses);
        }
        double[] days = tally.daysToTarget.stream().mapToDouble(Double::doubleValue).toArray();
        return new SrsMetrics(itemKey, reviews, tally.learners, true,
                ratio(tally.firstRight, tally.learners), ratio(tally.lapses, tally.laterDayAfterRight),
                OptionalDouble.of(tally.difficultySum / tally.learners), median(days), reached,
                ratio(tally.confidentlyWrong, tally.highConfidence), median(tally.responseSeconds), tally.leeches,
                tally.maxLapses);
    }

    /** The median of the values (the mean of the middle two for an even count); empty for none. Sorts in place. */
    static OptionalDouble median(double[] values) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        Arrays.sort(values);
        int middle = values.length / 2;
        return OptionalDouble.of(values.length % 2 == 1
                ? values[middle]
                : (values[middle - 1] + values[middle]) / 2);
    }

    private static OptionalDouble ratio(int numerator, int denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }

    /** What one item's learners add up to. */
    private static final class ItemTally {
        int learners;
        int firstRight;
        int lapses;
        int laterDayAfterRight;
        double difficultySum;
        final List<Double> daysToTarget = new ArrayList<>();
        int confidentlyWrong;
        int highConfidence;
        final double[] responseSeconds;
        int answers;
        int leeches;
        int maxLapses;

        ItemTally(int reviews) {
            responseSeconds = new double[reviews];
        }

        void learner(LoggedReview[] sorted, int start, int end, MemoryModel model, int leechLapses) {
            learners++;
            LoggedReview first = sorted[start];
            MemoryState state = model.initial(first.rating());
            boolean answeredRight = first.correct();
            if (answeredRight) {
                firstRight++;
            }
            double studyDays = 0;
            boolean reachedTarget = state.stability() >= TARGET_STABILITY_DAYS;
            if (reachedTarget) {
                daysToTarget.add(0.0);
            }
            int learnerLapses = 0;
            answer(first);
            for (int i = start + 1; i < end; i++) {
                LoggedReview review = sorted[i];
                answer(review);
                studyDays += review.elapsedDays();
                state = model.next(state, review.elapsedDays(), review.rating());
                if (answeredRight && review.elapsedDays() >= 1) {
                    laterDayAfterRight++;
                    if (!review.correct()) {
                        learnerLapses++;
                    }
                }
                answeredRight |= review.correct();
                if (!reachedTarget && state.stability() >= TARGET_STABILITY_DAYS) {
                    reachedTarget = true;
                    daysToTarget.add(studyDays);
                }
            }
            difficultySum += state.difficulty();
            lapses += learnerLapses;
            maxLapses = Math.max(maxLapses, learnerLapses);
            if (learnerLapses >= leechLapses) {
                leeches++;
            }
        }

        private void answer(LoggedReview review) {
            if (review.highConfidence()) {
                highConfidence++;
                if (review.confidentlyWrong()) {
                    confidentlyWrong++;
                }
            }
            responseSeconds[answers++] = review.responseMillis() / 1000.0;
        }
    }
}
