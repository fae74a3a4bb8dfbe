package org.ketaminetraining.insight.items.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.ketaminetraining.insight.items.AnalysisSettings;
import org.ketaminetraining.insight.items.FlagThresholds;
import org.ketaminetraining.insight.items.ItemAnalysis;
import org.ketaminetraining.insight.items.ItemAnalysisReport;
import org.ketaminetraining.insight.items.ItemFlags;
import org.ketaminetraining.insight.items.ItemKeyInfo;
import org.ketaminetraining.insight.items.ItemResponse;
import org.ketaminetraining.insight.items.ItemStatistics;
import org.ketaminetraining.insight.items.LoggedReview;
import org.ketaminetraining.insight.items.ScoredAttempt;
import org.ketaminetraining.insight.items.SrsItemMetrics;
import org.ketaminetraining.insight.items.SrsMetrics;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;

/**
 * Times the pure part of the educator's item table at the size: 2,000 learners, 216 items, 200,000
 * reviews and 5,000 final-assessment attempts (30 items each, drawn at random from the pool of 216, four options
 * each). Learners have an ability and items a difficulty, so the figures are not noise. Each of
 * {@link ItemAnalysis#analyse}, {@link SrsItemMetrics#of} and {@link ItemFlags#of} (for all 216 items) is warmed up
 * for 5 rounds and then timed for 10; the figures are the min, median and max in milliseconds on one thread, wall and that thread's CPU time. The
 * generated records are made before timing: decoding stored answers is the service's part, not measured here.
 *
 * <p>Run: {@code ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.ketaminetraining.insight.items.bench.ItemAnalysisBenchmark}
 */
public final class ItemAnalysisBenchmark {

    private static final int LEARNERS = 2_000;
    private static final int ITEMS = 216;
    private static final int REVIEWS = 200_000;
    private static final int ATTEMPTS = 5_000;
    private static final int ITEMS_PER_ATTEMPT = 30;
    private static final List<String> OPTIONS = List.of("A", "B", "C", "D");
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private static final int WARMUP_ROUNDS = 5;
    private static final int TIMED_ROUNDS = 10;

    private ItemAnalysisBenchmark() {
    }

    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(18);
        double[] ability = new double[LEARNERS];
        for (int i = 0; i < LEARNERS; i++) {
            ability[i] = random.nextGaussian();
        }
        double[] difficulty = new double[ITEMS];
        Map<String, ItemKeyInfo> items = new LinkedHashMap<>();
        for (int i = 0; i < ITEMS; i++) {
            difficulty[i] = random.nextGaussian() - 1;
            items.put(key(i), new ItemKeyInfo(key(i), OPTIONS, Set.of("A")));
        }
        List<ScoredAttempt> attempts = attempts(random, ability, difficulty);
        List<LoggedReview> reviews = reviews(random, ability, difficulty);
        AnalysisSettings settings = AnalysisSettings.defaults();
        System.out.printf(Locale.ROOT, "%d learners, %d items, %d reviews, %d attempts of %d items; %s, %d cores%n",
                LEARNERS, ITEMS, reviews.size(), attempts.size(), ITEMS_PER_ATTEMPT,
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors());

        ItemAnalysisReport report = time("ItemAnalysis.analyse", () -> ItemAnalysis.analyse(attempts, items, settings));
        Map<String, SrsMetrics> metrics = time("SrsItemMetrics.of",
                () -> SrsItemMetrics.of(reviews, FsrsParameters.DEFAULT, settings));
        int[] flagged = time("ItemFlags.of (216 items)", () -> {
            int count = 0;
            for (ItemStatistics statistics : report.items()) {
                count += ItemFlags.of(Optional.of(statistics),
                        Optional.ofNullable(metrics.get(statistics.itemKey())), FlagThresholds.defaults())
                        .isEmpty() ? 0 : 1;
            }
            return new int[]{count};
        });
        System.out.printf(Locale.ROOT, "alpha %.3f, mean score %.3f; %d of %d items flagged%n",
                report.test().cronbachAlpha().orElse(Double.NaN), report.test().meanScore(), flagged[0], ITEMS);
    }

    private static <T> T time(String name, Supplier<T> work) {
        T result = null;
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            result = work.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[TIMED_ROUNDS];
        double[] cpuMillis = new double[TIMED_ROUNDS];
        for (int i = 0; i < TIMED_ROUNDS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        // CPU time of this thread as well as wall time: on a shared machine the wall time includes waiting for a
        // core (garbage collection on other threads is in neither).
        System.out.printf(Locale.ROOT, "%-26s wall min %6.1f / median %6.1f / max %6.1f ms;  thread CPU min %6.1f /"
                + " median %6.1f / max %6.1f ms%n", name, millis[0], millis[TIMED_ROUNDS / 2],
                millis[TIMED_ROUNDS - 1], cpuMillis[0], cpuMillis[TIMED_ROUNDS / 2], cpuMillis[TIMED_ROUNDS - 1]);
        return result;
    }

    private static List<ScoredAttempt> attempts(SplittableRandom random, double[] ability, double[] difficulty) {
        List<ScoredAttempt> attempts = new ArrayList<>(ATTEMPTS);
        int[] pool = new int[ITEMS];
        Arrays.setAll(pool, i -> i);
        for (int a = 0; a < ATTEMPTS; a++) {
            int learner = random.nextInt(LEARNERS);
            List<ItemResponse> responses = new ArrayList<>(ITEMS_PER_ATTEMPT);
            for (int slot = 0; slot < ITEMS_PER_ATTEMPT; slot++) {
                int pick = slot + random.nextInt(ITEMS - slot);
                int item = pool[pick];
                pool[pick] = pool[slot];
                pool[slot] = item;
                boolean right = random.nextDouble() < chance(ability[learner], difficulty[item]);
                String chosen = right ? "A" : OPTIONS.get(1 + random.nextInt(3));
                responses.add(new ItemResponse(key(item), right, List.of(chosen)));
            }
            attempts.add(new ScoredAttempt(a + 1, learner, START.plus(Duration.ofMinutes(a)), responses));
        }
        return attempts;
    }

    /**
     * 100 reviews per learner (4 each of 10 items and 3 each of 20 more, drawn from the pool) at intervals of 0, 1,
     * 3 and 8 days; right with a chance that grows with ability and repetition, high confidence 60% of the time when right and 10% when wrong.
     */
    private static List<LoggedReview> reviews(SplittableRandom random, double[] ability, double[] difficulty) {
        List<LoggedReview> reviews = new ArrayList<>(REVIEWS);
        int[] pool = new int[ITEMS];
        Arrays.setAll(pool, i -> i);
        double[] intervals = {0, 1, 3, 8};
        for (int learner = 0; learner < LEARNERS; learner++) {
            Instant firstDay = START.plus(Duration.ofDays(random.nextInt(60)));
            for (int slot = 0; slot < 30; slot++) {
                int pick = slot + random.nextInt(ITEMS - slot);
                int item = pool[pick];
                pool[pick] = pool[slot];
                pool[slot] = item;
                Instant at = firstDay.plus(Duration.ofMinutes(slot));
                for (int n = 0; n < (slot < 10 ? 4 : 3); n++) {
                    at = at.plus(Duration.ofDays((long) intervals[n]));
                    boolean right = random.nextDouble() < chance(ability[learner] + 0.5 * n, difficulty[item]);
                    boolean sure = random.nextDouble() < (right ? 0.6 : 0.1);
                    Rating rating = !right ? Rating.AGAIN : random.nextDouble() < 0.1 ? Rating.HARD : Rating.GOOD;
                    reviews.add(new LoggedReview(learner, key(item), at, intervals[n], rating, right, sure && !right,
                            sure, 2_000 + random.nextInt(20_000)));
                }
            }
        }
        return reviews;
    }

    private static double chance(double ability, double difficulty) {
        return 1 / (1 + Math.exp(-(ability - difficulty)));
    }

    private static String key(int item) {
        return "ketamine-" + item;
    }
}
