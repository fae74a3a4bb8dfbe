package org.ketaminetraining.scheduling.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.fsrs.FittingResult;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.fsrs.ParameterOptimiser;
import org.ketaminetraining.scheduling.fsrs.PastReview;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;
import org.ketaminetraining.scheduling.queue.StudyItem;

/**
 * FSRS-6 that starts on the default weights and refits them to the learner's own history so far, overnight before
 * days 30, 60, 120 and 240, then uses the fitted weights.
 *
 * <p>Why those days: the simulated learner has met every item within about three weeks, so by day 30 the history
 * holds several hundred scored reviews, enough for a first fit. Afterwards the history grows ever more slowly (reviews
 * spread out), so each refit is spaced to see substantially more evidence than the last; four fits per learner also
 * keep the whole simulation within a few minutes on 2 cores.
 *
 * <p>On a refit every started item's memory state (S, D) is recomputed from its log with the new weights and its due
 * date is kept, as Anki does when the weights change without "reschedule cards on change". After the last day the
 * whole year's history can be fitted once more, only to time a fit of a full year; that fit schedules nothing.
 */
final class RefittedSchedule extends Schedule {

    private static final List<Integer> REFIT_DAYS = List.of(30, 60, 120, 240);
    private static final ParameterOptimiser OPTIMISER = new ParameterOptimiser();

    /** One fit: when, on how much history, with what result, and how long it took (wall time). */
    record Fit(int day, boolean usedForScheduling, int reviews, FittingResult result, long nanos) {
    }

    private final SchedulerPolicy policy;
    private final int lastDay;
    private final boolean timeYearFit;
    private final List<List<Review>> logs = new ArrayList<>();
    private final List<Fit> fits = new ArrayList<>();

    /**
     * @param policy  the policy every scheduler of the simulation uses
     * @param items   how many items the learner has (item i is "item-i")
     * @param lastDay the day number after the last simulated day, recorded with the timing-only fit
     * @param timeYearFit whether to fit the whole year once more after the last day, only to time it
     */
    RefittedSchedule(SchedulerPolicy policy, int items, int lastDay, boolean timeYearFit) {
        super(new FsrsScheduler(FsrsParameters.DEFAULT, policy));
        this.policy = policy;
        this.lastDay = lastDay;
        this.timeYearFit = timeYearFit;
        for (int i = 0; i < items; i++) {
            logs.add(new ArrayList<>());
        }
    }

    @Override
    void startOfDay(int day, List<StudyItem> items) {
        if (!REFIT_DAYS.contains(day)) {
            return;
        }
        Fit fit = fit(day, true);
        fits.add(fit);
        if (fit.result().outcome() != FittingResult.Outcome.FITTED) {
            return;
        }
        FsrsScheduler refitted = new FsrsScheduler(fit.result().parameters(), policy);
        use(refitted);
        for (int i = 0; i < items.size(); i++) {
            StudyItem item = items.get(i);
            CardState old = item.state();
            if (old.isNew()) {
                continue;
            }
            CardState replayed = refitted.replay(logs.get(i), ReviewContext.of(item.itemId()));
            CardState recomputed = new CardState(old.phase(), old.step(), replayed.stability(), replayed.difficulty(),
                    old.ease(), old.scheduledDays(), old.due(), old.lastReview(), old.reviewCount(), old.lapses());
            items.set(i, new StudyItem(item.itemId(), item.moduleId(), item.safetyCritical(), recomputed));
        }
    }

    @Override
    void reviewed(int index, Review review) {
        logs.get(index).add(review);
    }

    @Override
    void endOfYear(List<StudyItem> items) {
        if (timeYearFit) {
            fits.add(fit(lastDay, false));
        }
    }

    List<Fit> fits() {
        return List.copyOf(fits);
    }

    private Fit fit(int day, boolean usedForScheduling) {
        List<List<PastReview>> history = new ArrayList<>();
        int reviews = 0;
        for (List<Review> log : logs) {
            if (!log.isEmpty()) {
                history.add(PastReview.fromLog(log, policy.dayBoundary()));
                reviews += log.size();
            }
        }
        long start = System.nanoTime();
        FittingResult result = OPTIMISER.fit(history, "fitted-day-" + day);
        return new Fit(day, usedForScheduling, reviews, result, System.nanoTime() - start);
    }

    /** Lines for below the table: how the refits went and how long fits took. */
    static List<String> report(List<Fit> fits, int threads) {
        List<Fit> used = fits.stream().filter(Fit::usedForScheduling).toList();
        List<Fit> year = fits.stream().filter(fit -> !fit.usedForScheduling()).toList();
        if (used.isEmpty()) {
            return List.of();
        }
        long fitted = used.stream().filter(fit -> fit.result().outcome() == FittingResult.Outcome.FITTED).count();
        double before = used.stream().mapToDouble(fit -> fit.result().logLossBefore()).average().orElseThrow();
        double after = used.stream().mapToDouble(fit -> fit.result().logLossAfter()).average().orElseThrow();
        return List.of(
                String.format(Locale.ROOT,
                        "fitted rows: %d refits (days %s of every learner's run), %d fitted, %d kept the defaults; "
                                + "mean log loss on the history %.4f with defaults, %.4f as used",
                        used.size(), REFIT_DAYS.toString().replaceAll("[\\[\\]]", ""), fitted,
                        used.size() - fitted, before, after),
                "  fit time at refits: " + timeSummary(used),
                year.isEmpty() ? "  (no whole-year fit timed)"
                        : "  fit time, whole year's history (timing only): " + timeSummary(year) + ", " + threads
                                + " threads");
    }

    private static String timeSummary(List<Fit> fits) {
        double[] millis = fits.stream().mapToDouble(fit -> fit.nanos() / 1e6).sorted().toArray();
        int[] reviews = fits.stream().mapToInt(Fit::reviews).sorted().toArray();
        int[] scored = fits.stream().mapToInt(fit -> fit.result().scoredReviews()).sorted().toArray();
        return String.format(Locale.ROOT, "median %.0f ms, 90th percentile %.0f ms, max %.0f ms over %d fits of %d "
                + "to %d reviews (median %d, of which %d scored)", millis[millis.length / 2],
                millis[(int) (0.9 * (millis.length - 1))], millis[millis.length - 1], fits.size(), reviews[0],
                reviews[reviews.length - 1], reviews[reviews.length / 2], scored[scored.length / 2]);
    }
}
