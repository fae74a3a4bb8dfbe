package org.ketaminetraining.insight.calibration.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;
import org.ketaminetraining.insight.calibration.Calibration;
import org.ketaminetraining.insight.calibration.CalibrationBin;
import org.ketaminetraining.insight.calibration.CalibrationReport;
import org.ketaminetraining.insight.calibration.DatedReview;
import org.ketaminetraining.insight.calibration.HeldOutFitting;
import org.ketaminetraining.insight.calibration.HeldOutResult;
import org.ketaminetraining.insight.calibration.PredictedOutcome;
import org.ketaminetraining.insight.calibration.RecallPredictions;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.MemoryModel;
import org.ketaminetraining.scheduling.fsrs.MemoryState;
import org.ketaminetraining.scheduling.fsrs.ParameterOptimiser;

/**
 * Calibration of the default and the fitted FSRS-6 weights on held-out simulated reviews of an organisation, and
 * the time and memory of the fitting (issue 18, points 5 and 6 and the measures).
 *
 * <p>The organisation: {@value #LEARNERS} learners, each with a memory that IS FSRS-6 with their own 21 weights,
 * drawn around a centre (each weight the centre's times e^(σ·N(0, 1)), σ = {@value #LEARNER_SPREAD}, redrawn when out
 * of bounds), which is the model class of the published benchmarks. Each learner starts in the first quarter of the
 * year and takes up {@value #MIN_ITEMS} to {@value #MAX_ITEMS} of the {@value #BANK_ITEMS} items, each on a day
 * within their first half year, and studies them until the year ends on the default FSRS-6 scheduler at 0.9 desired
 * retention: the scheduler's own state (default weights, from the ratings it saw) sets each interval, rounded to
 * whole days with ±5% fuzz; a learner is on time 70% of the time, else 1 to 3 days late. The learner's true memory
 * decides each outcome (recalled with probability R from the true state). A first Again and every lapse are followed
 * by a same-day Good (a relearning step); passes are Hard 15%, Good 85% (quiz grading gives no Easy).
 *
 * <p>Two organisations are simulated: one whose centre is the defaults (learners differ, the organisation as a whole
 * does not), and {@value #DRAWN_ORGANISATIONS} whose centres were drawn around the defaults with σ =
 * {@value #ORGANISATION_SPREAD} (their material and people differ from Anki's users, whom the defaults describe).
 * For each,
 * {@link HeldOutFitting#evaluate} runs over all learners' histories and the figures are printed, with an oracle row:
 * each learner's reviews predicted by their own true weights, the best any one set of weights could approach.
 *
 * <p>Time is wall-clock ({@code System.nanoTime}) around the call. Memory is measured with the JVM's memory pool
 * beans: after a {@code System.gc()} the heap in use is the baseline (it holds the simulated histories), then every
 * heap pool's peak is reset, and after the call the pools' peaks are summed (an upper bound of the true peak, since
 * the pools need not peak at the same moment); "fitting's extra heap" is that sum less the baseline.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.ketaminetraining.insight.calibration.bench.CalibrationBenchmark}
 */
public final class CalibrationBenchmark {

    static final int LEARNERS = 2000;
    static final int BANK_ITEMS = 216;
    static final int MIN_ITEMS = 4;
    static final int MAX_ITEMS = 14;
    static final double LEARNER_SPREAD = 0.25;
    static final double ORGANISATION_SPREAD = 0.5;
    static final int DRAWN_ORGANISATIONS = 3;
    private static final int DAYS = 365;
    private static final double RETENTION = 0.9;
    private static final Instant YEAR_START = Instant.parse("2026-01-05T00:00:00Z");
    private static final long SEED = 18;

    private CalibrationBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Random random = new Random(SEED);
        run("centre = the defaults", FsrsParameters.DEFAULT, random);
        for (int organisation = 1; organisation <= DRAWN_ORGANISATIONS; organisation++) {
            FsrsParameters centre = drawAround(FsrsParameters.DEFAULT, ORGANISATION_SPREAD,
                    "organisation-" + organisation, random);
            run("organisation " + organisation + ": centre drawn around the defaults, sigma " + ORGANISATION_SPREAD,
                    centre, random);
        }
    }

    private static void run(String title, FsrsParameters centre, Random random) {
        System.out.printf(Locale.ROOT, "%n=== Organisation: learners' weights around a centre (%s) ===%n", title);
        System.out.println("centre weights: " + formatWeights(centre));
        List<List<DatedReview>> histories = new ArrayList<>();
        List<FsrsParameters> truths = new ArrayList<>();
        int[] firstHistoryOf = new int[LEARNERS + 1];
        for (int learner = 0; learner < LEARNERS; learner++) {
            FsrsParameters truth = drawAround(centre, LEARNER_SPREAD, "learner-" + learner, random);
            truths.add(truth);
            firstHistoryOf[learner] = histories.size();
            simulateLearner(truth, random, histories);
        }
        firstHistoryOf[LEARNERS] = histories.size();
        long reviews = histories.stream().mapToLong(List::size).sum();
        System.out.printf(Locale.ROOT, "%d learners, %d learner-items, %d reviews (first, same-day and later-day)%n",
                LEARNERS, histories.size(), reviews);

        System.gc();
        long baseline = heapUsed();
        resetPeaks();
        long start = System.nanoTime();
        HeldOutResult result = HeldOutFitting.evaluate(histories, FsrsParameters.DEFAULT, "org-fitted",
                new ParameterOptimiser(), done -> {
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = summedHeapPeaks();

        System.out.printf(Locale.ROOT, "scored reviews: %d training, %d held out (from %s on)%n",
                result.trainingReviews(), result.heldOutReviews(), result.cutoff().map(Instant::toString)
                        .orElse("no cutoff"));
        System.out.printf(Locale.ROOT, "HeldOutFitting.evaluate (two fits, training and full): %.1f s wall; heap "
                + "before %d MB (the histories), summed pool peaks during %d MB, fitting's extra heap <= %d MB%n",
                seconds, baseline >> 20, peak >> 20, (peak - baseline) >> 20);
        System.out.printf(Locale.ROOT, "full fit: %s; %d steps%n", result.fullFit().summary(),
                result.fullFit().steps());
        System.out.println("decision: " + (result.apply() ? "APPLY" : "keep current") + ": " + result.reason());
        printFigures("defaults", result.currentHeldOut());
        printFigures("fitted (training part only)", result.fittedHeldOut());
        if (result.cutoff().isPresent()) {
            // The best any single set of weights could hope for: each learner's own true weights.
            List<PredictedOutcome> oracle = new ArrayList<>();
            for (int learner = 0; learner < LEARNERS; learner++) {
                oracle.addAll(RecallPredictions.of(
                        histories.subList(firstHistoryOf[learner], firstHistoryOf[learner + 1]), truths.get(learner),
                        result.cutoff().get()));
            }
            printFigures("oracle (each learner's truth)", Calibration.of(oracle, Calibration.DEFAULT_BINS));
        }
        printBins(result.currentHeldOut(), result.fittedHeldOut());
    }

    private static void simulateLearner(FsrsParameters truth, Random random, List<List<DatedReview>> histories) {
        MemoryModel trueMemory = new MemoryModel(truth);
        MemoryModel scheduler = new MemoryModel(FsrsParameters.DEFAULT);
        int firstDay = random.nextInt(DAYS / 4);
        int minuteOfDay = 7 * 60 + random.nextInt(12 * 60);
        int items = MIN_ITEMS + random.nextInt(MAX_ITEMS - MIN_ITEMS + 1);
        for (int item = 0; item < items; item++) {
            List<DatedReview> history = new ArrayList<>();
            int day = firstDay + random.nextInt(DAYS / 2);
            int minute = minuteOfDay + item;
            Rating first = firstRating(random);
            history.add(new DatedReview(at(day, minute), 0, first));
            MemoryState truthState = trueMemory.initial(first);
            MemoryState scheduled = scheduler.initial(first);
            if (first == Rating.AGAIN) {
                history.add(new DatedReview(at(day, minute + 10), 0, Rating.GOOD));
                truthState = trueMemory.next(truthState, 0, Rating.GOOD);
                scheduled = scheduler.next(scheduled, 0, Rating.GOOD);
            }
            while (true) {
                int interval = interval(scheduler.intervalDays(RETENTION, scheduled.stability()), random);
                day += interval;
                if (day >= DAYS) {
                    break;
                }
                boolean recalled = random.nextDouble() < trueMemory.retrievability(interval, truthState.stability());
                Rating rating = recalled ? (random.nextDouble() < 0.15 ? Rating.HARD : Rating.GOOD) : Rating.AGAIN;
                history.add(new DatedReview(at(day, minute), interval, rating));
                truthState = trueMemory.next(truthState, interval, rating);
                scheduled = scheduler.next(scheduled, interval, rating);
                if (!recalled) {
                    history.add(new DatedReview(at(day, minute + 10), 0, Rating.GOOD));
                    truthState = trueMemory.next(truthState, 0, Rating.GOOD);
                    scheduled = scheduler.next(scheduled, 0, Rating.GOOD);
                }
            }
            histories.add(history);
        }
    }

    /** The scheduled interval, fuzzed by ±5% and rounded to whole days, plus the learner's lateness. */
    private static int interval(double scheduledDays, Random random) {
        int days = (int) Math.max(1, Math.round(scheduledDays * (0.95 + 0.1 * random.nextDouble())));
        return random.nextDouble() < 0.7 ? days : days + 1 + random.nextInt(3);
    }

    private static Rating firstRating(Random random) {
        double u = random.nextDouble();
        return u < 0.3 ? Rating.AGAIN : u < 0.45 ? Rating.HARD : Rating.GOOD;
    }

    private static Instant at(int day, int minute) {
        return YEAR_START.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(minute));
    }

    /** Each weight times e^(σ·N(0, 1)), redrawn up to 20 times when outside its bound, else left at the centre's. */
    static FsrsParameters drawAround(FsrsParameters centre, double sigma, String version, Random random) {
        double[] weights = centre.weights();
        for (int k = 0; k < FsrsParameters.COUNT; k++) {
            double[] candidate = weights.clone();
            for (int attempt = 0; attempt < 20; attempt++) {
                candidate[k] = centre.weight(k) * Math.exp(sigma * random.nextGaussian());
                if (withinBounds(version, candidate)) {
                    weights[k] = candidate[k];
                    break;
                }
            }
        }
        return FsrsParameters.of(version, weights);
    }

    private static boolean withinBounds(String version, double[] weights) {
        try {
            FsrsParameters.of(version, weights);
            return true;
        } catch (IllegalArgumentException outOfBounds) {
            return false;
        }
    }

    private static void printFigures(String label, CalibrationReport report) {
        System.out.printf(Locale.ROOT, "%-30s held-out reviews %6d  RMSE(bins) %s  log loss %s  AUC %s%n", label,
                report.reviews(), figure(report.rmseBins()), figure(report.logLoss()), figure(report.auc()));
    }

    private static String figure(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "  -   ";
    }

    private static void printBins(CalibrationReport defaults, CalibrationReport fitted) {
        System.out.println("bin of predicted R | defaults: n, mean predicted, observed | fitted: n, mean predicted, "
                + "observed");
        for (int b = 0; b < Calibration.DEFAULT_BINS; b++) {
            double lower = b / (double) Calibration.DEFAULT_BINS;
            CalibrationBin d = find(defaults, lower);
            CalibrationBin f = find(fitted, lower);
            if (d == null && f == null) {
                continue;
            }
            System.out.printf(Locale.ROOT, "[%.2f, %.2f)        | %s | %s%n", lower,
                    lower + 1.0 / Calibration.DEFAULT_BINS, cells(d),
                    cells(f));
        }
    }

    private static CalibrationBin find(CalibrationReport report, double lower) {
        return report.bins().stream().filter(bin -> Math.abs(bin.lowerBound() - lower) < 1e-9).findFirst()
                .orElse(null);
    }

    private static String cells(CalibrationBin bin) {
        return bin == null ? String.format(Locale.ROOT, "%6s %6s %6s", "0", "-", "-")
                : String.format(Locale.ROOT, "%6d %6.3f %6.3f", bin.count(), bin.meanPredicted(),
                        bin.observedRecall());
    }

    private static String formatWeights(FsrsParameters parameters) {
        StringBuilder text = new StringBuilder();
        for (double w : parameters.weights()) {
            text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g", w));
        }
        return text.toString();
    }

    private static long heapUsed() {
        return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long summedHeapPeaks() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
