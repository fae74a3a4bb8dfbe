package org.ketaminetraining.scheduling.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.Scheduler;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.RetentionPolicy;
import org.ketaminetraining.scheduling.policy.RetentionTargets;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;
import org.ketaminetraining.scheduling.queue.NewItemLimit;
import org.ketaminetraining.scheduling.queue.QueueEntry;
import org.ketaminetraining.scheduling.queue.StudyItem;
import org.ketaminetraining.scheduling.queue.StudyQueue;
import org.ketaminetraining.scheduling.sm2.Sm2Scheduler;
import org.ketaminetraining.scheduling.sm2.Sm2Settings;

/**
 * FSRS-6 against SM-2 on a simulated population whose memory follows {@link GroundTruthMemory}, a model that is
 * neither scheduler's.
 *
 * <h2>Set-up (identical for both schedulers)</h2>
 * 100 learners, 200 items in 4 modules, 365 days from 2025-01-06 in Europe/London. Each learner studies on a day
 * with probability 0.85, at a personal hour between 07:00 and 22:00 (the same days and hours under both
 * schedulers). A session serves the {@link StudyQueue} (due steps, due reviews lowest retrievability first, then up to
 * 20 new items a day interleaving modules), spends 20 s per answer, and waits up to an hour for same-day steps.
 * Answers are graded pass = Good, fail = Again: the schedulers see nothing else. Policy: the clinical defaults (steps
 * 1 and 10 min, relearning 10 min, rollover 04:00, fuzz, maximum interval 365 days) with desired retention 0.90 for
 * every item. FSRS-6 uses its default parameters (not fitted to these learners, as for a new deployment); SM-2 uses
 * Anki's defaults.
 *
 * <h2>Reported</h2>
 * Reviews per item (all answers, same-day steps included, and day-interval reviews only); lapses per item (failed
 * day-interval reviews); realised retention (the share of day-interval reviews that passed: the figure desired
 * retention aims at); and knowledge on day 365 (the mean true recall probability over all items, and the share of
 * items recalled with p at least 0.9).
 * The run is repeated for three truths that differ in how steeply learners forget, and for two sensitivity
 * truths that differ from the baseline only in item heterogeneity (item ease sigma 0.6 instead of 0.3) and in how
 * fast gains shrink for strong memories (saturation (1 + H/20)^-0.35 instead of (1 + H/100)^-0.3). Each truth also
 * gets an {@link OracleScheduler} row: a scheduler that reads the true stability and schedules each review on the
 * last day with true recall at least 90%. It is a reference point, not a competitor: it shows how many reviews
 * fewer than SM-2 the truth leaves room for, so a goal like "15% fewer reviews" can be checked for feasibility.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.ketaminetraining.scheduling.bench.SchedulerSimulation}
 */
public final class SchedulerSimulation {

    private static final long SEED = 20_250_106L;
    private static final int LEARNERS = 100;
    private static final int ITEMS = 200;
    private static final int MODULES = 4;
    private static final int DAYS = 365;
    private static final int NEW_PER_DAY = 20;
    private static final double STUDY_PROBABILITY = 0.85;
    private static final Duration ANSWER_TIME = Duration.ofSeconds(20);
    private static final Duration STEP_WAIT = Duration.ofHours(1);
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
    private static final Instant EPOCH = FIRST_DAY.atStartOfDay(ZONE).toInstant();

    private SchedulerSimulation() {
    }

    public static void main(String[] args) {
        SchedulerPolicy policy = SchedulerPolicy.defaults(ZONE)
                .withRetention(RetentionPolicy.uniform(RetentionTargets.uniform(0.90)));
        OracleScheduler oracle = new OracleScheduler(policy);
        List<Scheduler> schedulers = List.of(new FsrsScheduler(FsrsParameters.DEFAULT, policy),
                new Sm2Scheduler(Sm2Settings.ANKI_DEFAULT, policy), oracle);
        System.out.printf(Locale.ROOT, "%d learners x %d items, %d days, desired retention 0.90, seed %d%n",
                LEARNERS, ITEMS, DAYS, SEED);
        System.out.printf(Locale.ROOT, "%-34s %-22s %9s %9s %9s %9s %10s %10s %10s%n", "truth", "scheduler",
                "rev/item", "vs SM-2", "day-rev/i", "lapses/i", "retention", "known@365", "p>=0.9@365");
        for (GroundTruthMemory.Variant variant : List.of(
                GroundTruthMemory.Variant.ofBeta("baseline (beta 0.5)", 0.5),
                GroundTruthMemory.Variant.ofBeta("flatter forgetting (0.25)", 0.25),
                GroundTruthMemory.Variant.ofBeta("steeper forgetting (1.0)", 1.0),
                new GroundTruthMemory.Variant("wider item ease (sigma 0.6)", 0.5, 0.6, 100, 0.3),
                new GroundTruthMemory.Variant("stronger saturation (20 d, 0.35)", 0.5, 0.3, 20, 0.35))) {
            List<Totals> results = new ArrayList<>();
            double sm2Reviews = Double.NaN;
            for (Scheduler scheduler : schedulers) {
                Totals totals = new Totals();
                for (int learner = 0; learner < LEARNERS; learner++) {
                    simulateLearner(scheduler, variant, learner, totals);
                }
                results.add(totals);
                if (scheduler instanceof Sm2Scheduler) {
                    sm2Reviews = totals.reviews / (double) totals.pairs;
                }
            }
            for (int i = 0; i < schedulers.size(); i++) {
                Totals totals = results.get(i);
                double perItem = totals.reviews / (double) totals.pairs;
                System.out.printf(Locale.ROOT, "%-34s %-22s %9.2f %+8.1f%% %9.2f %9.2f %9.1f%% %9.1f%% %9.1f%%%n",
                        variant.name(), schedulers.get(i).name(), perItem, 100 * (perItem / sm2Reviews - 1),
                        totals.dayReviews / (double) totals.pairs,
                        (totals.dayReviews - totals.dayPasses) / (double) totals.pairs,
                        100.0 * totals.dayPasses / totals.dayReviews,
                        100 * totals.knownSum / totals.pairs, 100.0 * totals.wellKnown / totals.pairs);
            }
        }
    }

    /** Running sums over all (learner, item) pairs. */
    private static final class Totals {
        long pairs;
        long reviews;
        long dayReviews;
        long dayPasses;
        double knownSum;
        long wellKnown;
    }

    private static void simulateLearner(Scheduler scheduler, GroundTruthMemory.Variant variant, int learner,
            Totals totals) {
        SplittableRandom habits = new SplittableRandom(mix(SEED, learner, -1));
        GroundTruthMemory.Learner traits = GroundTruthMemory.Learner.draw(habits, variant);
        int studyMinute = 7 * 60 + habits.nextInt(15 * 60);
        List<StudyItem> items = new ArrayList<>();
        List<GroundTruthMemory> truths = new ArrayList<>();
        if (scheduler instanceof OracleScheduler oracle) {
            oracle.useTruths(truths);
        }
        for (int i = 0; i < ITEMS; i++) {
            GroundTruthMemory.Item item = GroundTruthMemory.Item.draw(new SplittableRandom(mix(SEED, -1, i)), variant);
            truths.add(new GroundTruthMemory(traits, item, variant, new SplittableRandom(mix(SEED, learner, i))));
            items.add(StudyItem.fresh(itemId(i), "module-" + (i % MODULES), false));
        }
        StudyQueue queue = new StudyQueue(scheduler);
        for (int day = 0; day < DAYS; day++) {
            if (habits.nextDouble() < STUDY_PROBABILITY) {
                Instant start = FIRST_DAY.plusDays(day).atStartOfDay(ZONE).toInstant()
                        .plus(Duration.ofMinutes(studyMinute));
                studySession(scheduler, queue, items, truths, start, totals);
            }
        }
        double end = dayNumber(FIRST_DAY.plusDays(DAYS).atStartOfDay(ZONE).toInstant()
                .plus(Duration.ofMinutes(studyMinute)));
        for (GroundTruthMemory truth : truths) {
            double p = truth.recallProbability(end);
            totals.pairs++;
            totals.knownSum += p;
            totals.wellKnown += p >= 0.9 ? 1 : 0;
        }
    }

    private static void studySession(Scheduler scheduler, StudyQueue queue, List<StudyItem> items,
            List<GroundTruthMemory> truths, Instant start, Totals totals) {
        Instant now = start;
        int introduced = 0;
        while (true) {
            List<QueueEntry> entries = queue.order(items, now, new NewItemLimit(NEW_PER_DAY, introduced));
            if (entries.isEmpty()) {
                Instant nextStep = nextStepDue(items);
                if (nextStep == null || nextStep.isAfter(now.plus(STEP_WAIT))) {
                    return;
                }
                now = nextStep;
                continue;
            }
            for (QueueEntry entry : entries) {
                int index = Integer.parseInt(entry.item().itemId().substring(5));
                CardState state = items.get(index).state();
                boolean recalled = truths.get(index).review(dayNumber(now));
                boolean dayReview = entry.reason() == QueueEntry.Reason.REVIEW_DUE;
                introduced += state.isNew() ? 1 : 0;
                totals.reviews++;
                totals.dayReviews += dayReview ? 1 : 0;
                totals.dayPasses += dayReview && recalled ? 1 : 0;
                CardState next = scheduler.next(state, new Review(now, recalled ? Rating.GOOD : Rating.AGAIN),
                        ReviewContext.of(entry.item().itemId()));
                items.set(index, new StudyItem(entry.item().itemId(), entry.item().moduleId(), false, next));
                now = now.plus(ANSWER_TIME);
            }
        }
    }

    private static Instant nextStepDue(List<StudyItem> items) {
        Instant earliest = null;
        for (StudyItem item : items) {
            CardState state = item.state();
            if (state.phase().isStepping() && (earliest == null || state.due().isBefore(earliest))) {
                earliest = state.due();
            }
        }
        return earliest;
    }

    private static String itemId(int index) {
        return "item-" + index;
    }

    private static double dayNumber(Instant instant) {
        return Duration.between(EPOCH, instant).toMillis() / 86_400_000.0;
    }

    /** A seed for one stream: (run seed, learner, item), with -1 for "not per learner" or "not per item". */
    private static long mix(long seed, int learner, int item) {
        long z = seed * 0x9e3779b97f4a7c15L + learner * 0xbf58476d1ce4e5b9L + item * 0x94d049bb133111ebL;
        z = (z ^ (z >>> 31)) * 0xd6e8feb86659fd93L;
        return z ^ (z >>> 32);
    }
}
