package org.ketaminetraining.scheduling.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * <h2>Set-up (identical for every scheduler)</h2>
 * 100 learners, 200 items in 4 modules, 365 days from 2025-01-06 in Europe/London. Each learner studies on a day
 * with probability 0.85, at a personal hour between 07:00 and 22:00 (the same days and hours under both
 * schedulers). A session serves the {@link StudyQueue} (due steps, due reviews lowest retrievability first, then up to
 * 20 new items a day interleaving modules), spends 20 s per answer, and waits up to an hour for same-day steps.
 * Answers are graded pass = Good, fail = Again: the schedulers see nothing else. Policy: the clinical defaults (steps
 * 1 and 10 min, relearning 10 min, rollover 04:00, fuzz, maximum interval 365 days) with desired retention 0.90 for
 * every item. FSRS-6 uses its default parameters (not fitted to these learners, as for a new deployment); SM-2 uses
 * Anki's defaults.
 *
 * <h2>FSRS-6 fitted per learner</h2>
 * A fourth row starts each learner on FSRS-6's defaults and refits the 21 weights to that learner's own review log so
 * far with {@link ParameterOptimiser}, overnight before days 30, 60, 120 and 240, using the fitted weights from then
 * on (the reasons for those days are on {@link RefittedSchedule}). The optimiser sees only what the scheduler saw:
 * whole-day elapsed time and Good or Again. Its settings were fixed on synthetic FSRS learners before this row was
 * first run, and {@link GroundTruthMemory} was not changed for it.
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
 * Below the table: how the refits went and how long they took (wall time per fit, measured while the other learners
 * are simulated on the second thread).
 *
 * <h2>Results (2026-11-27, 2 cores shared with other work; the whole run took 81 s to 113 s in three runs)</h2>
 * Baseline truth: FSRS-6 with default weights 13.72 reviews per item (+7.1% vs SM-2), realised retention 89.6%,
 * known@365 96.9%; SM-2 12.81, 88.9%, 96.4%; oracle 11.53 (-10.0%), 88.2%, 95.4%; FSRS-6 fitted per learner 12.81
 * (-0.0%), 88.4%, 96.4%. Across the five truths the fitted row needs -1.3% to +0.9% reviews vs SM-2 (the default
 * weights: +6.3% to +7.4%), realises 87.6% to 88.6% of the 90% target (SM-2: 87.8% to 89.3%), and ends with
 * about the knowledge SM-2 gives (known@365 -0.2 to +0.1 points from SM-2's). Fitting removes FSRS's excess over
 * SM-2 but does not beat it here. The goal of 15% fewer reviews than SM-2 is not met; the oracle, which knows the
 * true memory, needs only 7.5% to 10.4% fewer, so these truths leave little room for it. A fit of a learner's whole
 * year (median 2,603 reviews, 1,850 scored) took a median of 26 to 41 ms in three runs (90th percentile 68 to 84 ms,
 * max 226 to 346 ms): wall time, with the other thread busy and a load average of 3 to 4.5 from other work.
 *
 * <p>Learners are simulated in parallel on {@value #THREADS} threads; each learner's run depends only on its seeds and
 * the sums are taken in a fixed order, so the table does not depend on the threads.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.ketaminetraining.scheduling.bench.SchedulerSimulation}
 */
public final class SchedulerSimulation {

    private static final long SEED = 20_250_106L;
    private static final int DEFAULT_LEARNERS = 50;
    static final int ITEMS = 200;
    private static final int MODULES = 4;
    static final int DAYS = 365;
    private static final int NEW_PER_DAY = 20;
    private static final double STUDY_PROBABILITY = 0.85;
    private static final Duration ANSWER_TIME = Duration.ofSeconds(20);
    private static final Duration STEP_WAIT = Duration.ofHours(1);
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** Learners are simulated in parallel on this many threads; the results do not depend on it. */
    private static final int THREADS = 2;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
    private static final Instant EPOCH = FIRST_DAY.atStartOfDay(ZONE).toInstant();
    /**
     * The desired retentions swept for FSRS and the oracle, fixed before the first run: 0.70 to 0.97, denser around
     * 0.85 to 0.93 where SM-2's realised retention (about 88 to 89% in the earlier table) puts the matching point.
     */
    static final double[] SWEEP = {0.70, 0.78, 0.84, 0.87, 0.90, 0.93, 0.97};
    /** The sweep point whose refitted runs also time a fit of the whole year (one point is enough to time it). */
    private static final double TIMED_RETENTION = 0.90;

    private SchedulerSimulation() {
    }

    /** Which scheduler an arm uses. */
    enum Family {
        FSRS_DEFAULT("FSRS-6 defaults"),
        FSRS_FITTED("FSRS-6 fitted"),
        ORACLE("oracle"),
        SM2("SM-2");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** One arm of the experiment: a scheduler family at one desired retention (SM-2 has none and ignores it). */
    record Arm(Family family, double retention) {

        Schedule newSchedule() {
            SchedulerPolicy policy = SchedulerPolicy.defaults(ZONE)
                    .withRetention(RetentionPolicy.uniform(RetentionTargets.uniform(retention)));
            return switch (family) {
                case FSRS_DEFAULT -> new Schedule(new FsrsScheduler(FsrsParameters.DEFAULT, policy));
                case FSRS_FITTED -> new RefittedSchedule(policy, ITEMS, DAYS, retention == TIMED_RETENTION);
                case ORACLE -> new Schedule(new OracleScheduler(policy));
                case SM2 -> new Schedule(new Sm2Scheduler(Sm2Settings.ANKI_DEFAULT, policy));
            };
        }
    }

    /** Optional argument: the number of learners per truth (default {@value #DEFAULT_LEARNERS}). */
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_LEARNERS;
        List<Truth> truths = List.of(
                GroundTruthMemory.Variant.ofBeta("baseline (beta 0.5)", 0.5),
                GroundTruthMemory.Variant.ofBeta("flatter forgetting (0.25)", 0.25),
                GroundTruthMemory.Variant.ofBeta("steeper forgetting (1.0)", 1.0),
                new GroundTruthMemory.Variant("wider item ease (sigma 0.6)", 0.5, 0.6, 100, 0.3),
                new GroundTruthMemory.Variant("stronger saturation (20 d, 0.35)", 0.5, 0.3, 20, 0.35),
                new FsrsTruth("FSRS-6, own weights per learner"));
        List<Arm> arms = new ArrayList<>();
        for (Family family : List.of(Family.FSRS_DEFAULT, Family.FSRS_FITTED, Family.ORACLE)) {
            for (double retention : SWEEP) {
                arms.add(new Arm(family, retention));
            }
        }
        arms.add(new Arm(Family.SM2, 0.90));
        System.out.printf(Locale.ROOT, "%d learners x %d items, %d days, seed %d; FSRS-6 and the oracle swept over "
                + "desired retention %s%n", learners, ITEMS, DAYS, SEED, Arrays.toString(SWEEP));
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<EqualKnowledgeReport.Comparison> comparisons = new ArrayList<>();
        try {
            // Everything is submitted at once so that both threads stay busy; results are read back in a fixed
            // order, so the sums (and the tables) do not depend on which thread finished first.
            List<List<List<Future<LearnerOutcome>>>> submitted = new ArrayList<>();
            for (Truth truth : truths) {
                submitted.add(arms.stream().map(arm -> submitLearners(pool, arm, truth, learners)).toList());
            }
            for (int t = 0; t < truths.size(); t++) {
                List<EqualKnowledgeReport.Point> points = new ArrayList<>();
                List<RefittedSchedule.Fit> fits = new ArrayList<>();
                for (int a = 0; a < arms.size(); a++) {
                    Totals totals = new Totals();
                    for (Future<LearnerOutcome> outcome : submitted.get(t).get(a)) {
                        totals.add(outcome.get());
                        fits.addAll(outcome.get().fits());
                    }
                    points.add(totals.point(arms.get(a)));
                }
                comparisons.add(EqualKnowledgeReport.printTruth(truths.get(t).name(), points));
                RefittedSchedule.report(fits, THREADS).forEach(System.out::println);
            }
        } finally {
            pool.shutdownNow();
        }
        EqualKnowledgeReport.printSummary(comparisons);
        System.out.printf(Locale.ROOT, "wall time %.0f s on %d threads%n", (System.nanoTime() - started) / 1e9,
                THREADS);
    }

    private static List<Future<LearnerOutcome>> submitLearners(ExecutorService pool, Arm arm, Truth truth,
            int learners) {
        List<Future<LearnerOutcome>> byLearner = new ArrayList<>();
        for (int learner = 0; learner < learners; learner++) {
            int l = learner;
            byLearner.add(pool.submit(() -> simulateLearner(arm.newSchedule(), truth, l)));
        }
        return byLearner;
    }

    /** What one learner's year produced: counts, the true recall of every item at the end, and any fits. */
    record LearnerOutcome(long reviews, long dayReviews, long dayPasses, double[] recallAtEnd,
            List<RefittedSchedule.Fit> fits) {
    }

    /** Running sums over all (learner, item) pairs, added learner by learner and item by item, always in order. */
    private static final class Totals {
        long pairs;
        long reviews;
        long dayReviews;
        long dayPasses;
        double knownSum;
        long wellKnown;

        void add(LearnerOutcome outcome) {
            reviews += outcome.reviews();
            dayReviews += outcome.dayReviews();
            dayPasses += outcome.dayPasses();
            for (double p : outcome.recallAtEnd()) {
                pairs++;
                knownSum += p;
                wellKnown += p >= 0.9 ? 1 : 0;
            }
        }

        EqualKnowledgeReport.Point point(Arm arm) {
            return new EqualKnowledgeReport.Point(arm, reviews / (double) pairs, dayReviews / (double) pairs,
                    (dayReviews - dayPasses) / (double) pairs, dayPasses / (double) dayReviews, knownSum / pairs,
                    wellKnown / (double) pairs);
        }
    }

    /** One learner's year under {@code schedule}; depends only on the seeds, the truth and the learner's number. */
    static LearnerOutcome simulateLearner(Schedule schedule, Truth truth, int learner) {
        SplittableRandom habits = new SplittableRandom(mix(SEED, learner, -1));
        List<TrueMemory> truths = truth.learner(habits, ITEMS, i -> new SplittableRandom(mix(SEED, -1, i)),
                i -> new SplittableRandom(mix(SEED, learner, i)));
        int studyMinute = 7 * 60 + habits.nextInt(15 * 60);
        List<StudyItem> items = new ArrayList<>();
        if (schedule.scheduler() instanceof OracleScheduler oracle) {
            oracle.useTruths(truths);
        }
        for (int i = 0; i < ITEMS; i++) {
            items.add(StudyItem.fresh(itemId(i), "module-" + (i % MODULES), false));
        }
        long[] counts = new long[3];
        for (int day = 0; day < DAYS; day++) {
            schedule.startOfDay(day, items);
            if (habits.nextDouble() < STUDY_PROBABILITY) {
                Instant start = FIRST_DAY.plusDays(day).atStartOfDay(ZONE).toInstant()
                        .plus(Duration.ofMinutes(studyMinute));
                studySession(schedule, items, truths, start, counts);
            }
        }
        schedule.endOfYear(items);
        double end = dayNumber(FIRST_DAY.plusDays(DAYS).atStartOfDay(ZONE).toInstant()
                .plus(Duration.ofMinutes(studyMinute)));
        double[] recallAtEnd = new double[truths.size()];
        for (int i = 0; i < truths.size(); i++) {
            recallAtEnd[i] = truths.get(i).recallProbability(end);
        }
        List<RefittedSchedule.Fit> fits = schedule instanceof RefittedSchedule refitted ? refitted.fits() : List.of();
        return new LearnerOutcome(counts[0], counts[1], counts[2], recallAtEnd, fits);
    }

    /** One sitting; {@code counts} accumulates all reviews, day-interval reviews and passed day-interval reviews. */
    private static void studySession(Schedule schedule, List<StudyItem> items, List<TrueMemory> truths,
            Instant start, long[] counts) {
        Scheduler scheduler = schedule.scheduler();
        StudyQueue queue = new StudyQueue(scheduler);
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
                counts[0]++;
                counts[1] += dayReview ? 1 : 0;
                counts[2] += dayReview && recalled ? 1 : 0;
                Review review = new Review(now, recalled ? Rating.GOOD : Rating.AGAIN);
                CardState next = scheduler.next(state, review, ReviewContext.of(entry.item().itemId()));
                schedule.reviewed(index, review);
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
