package org.ketaminetraining.scheduling.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Phase;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.fsrs.MemoryModel;
import org.ketaminetraining.scheduling.fsrs.MemoryState;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;
import org.ketaminetraining.scheduling.sm2.Sm2Scheduler;
import org.ketaminetraining.scheduling.sm2.Sm2Settings;

/**
 * Throughput of next-state computations on one thread (the main thread; nothing here starts another).
 *
 * <p>Three workloads over 4,096 pre-generated inputs (states, elapsed days, ratings from a fixed seed):
 * the FSRS-6 memory model alone ({@code MemoryModel.next}: S and D), the full FSRS scheduler
 * ({@code FsrsScheduler.next}: day boundary in a DST zone, steps, fuzz, button ordering, due instant) and the SM-2
 * scheduler. Each is warmed up for 5 rounds, then timed for 10 rounds of about one second; the figure is operations
 * per second with the min, median and max across the timed rounds. A checksum of the results is printed so the JIT
 * cannot discard the work.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.ketaminetraining.scheduling.bench.NextStateBenchmark}
 */
public final class NextStateBenchmark {

    private static final int INPUTS = 4096;
    private static final int WARMUP_ROUNDS = 5;
    private static final int TIMED_ROUNDS = 10;
    private static final long ROUND_NANOS = 1_000_000_000L;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

    private NextStateBenchmark() {
    }

    public static void main(String[] args) {
        printConditions();
        SplittableRandom random = new SplittableRandom(20250106L);
        MemoryState[] memories = new MemoryState[INPUTS];
        double[] elapsed = new double[INPUTS];
        Rating[] ratings = new Rating[INPUTS];
        CardState[] fsrsStates = new CardState[INPUTS];
        CardState[] sm2States = new CardState[INPUTS];
        Review[] reviews = new Review[INPUTS];
        ReviewContext[] contexts = new ReviewContext[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            double s = Math.exp(random.nextDouble(Math.log(0.1), Math.log(3000)));
            double d = random.nextDouble(1, 10);
            int days = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(400);
            int ivl = 1 + random.nextInt(300);
            memories[i] = new MemoryState(s, d);
            elapsed[i] = days;
            ratings[i] = Rating.ofGrade(random.nextInt(10) < 2 ? 1 : 2 + random.nextInt(3));
            Instant last = START.plus(Duration.ofHours(random.nextInt(24 * 30)));
            fsrsStates[i] = new CardState(Phase.REVIEW, 0, s, d, 0, ivl, last.plus(Duration.ofDays(ivl)), last, 5, 0);
            sm2States[i] = new CardState(Phase.REVIEW, 0, 0, 0, random.nextDouble(1.3, 3), ivl,
                    last.plus(Duration.ofDays(ivl)), last, 5, 0);
            reviews[i] = new Review(last.plus(Duration.ofDays(days)).plusSeconds(random.nextInt(3600)), ratings[i]);
            contexts[i] = ReviewContext.of("item-" + i);
        }
        MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);
        SchedulerPolicy policy = SchedulerPolicy.defaults(ZONE);
        FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.DEFAULT, policy);
        Sm2Scheduler sm2 = new Sm2Scheduler(Sm2Settings.ANKI_DEFAULT, policy);

        measure("FSRS-6 MemoryModel.next (S, D only)",
                i -> model.next(memories[i], elapsed[i], ratings[i]).stability());
        measure("FsrsScheduler.next (full policy)",
                i -> fsrs.next(fsrsStates[i], reviews[i], contexts[i]).stability());
        measure("Sm2Scheduler.next (full policy)",
                i -> sm2.next(sm2States[i], reviews[i], contexts[i]).scheduledDays());
    }

    private static void measure(String name, IntToDoubleFunction operation) {
        double checksum = 0;
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            checksum += round(operation)[1];
        }
        double[] rates = new double[TIMED_ROUNDS];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            double[] result = round(operation);
            rates[round] = result[0];
            checksum += result[1];
        }
        Arrays.sort(rates);
        double median = (rates[TIMED_ROUNDS / 2 - 1] + rates[TIMED_ROUNDS / 2]) / 2;
        System.out.printf(Locale.ROOT, "%-40s ops/s: min %,12.0f  median %,12.0f  max %,12.0f  (checksum %.3e)%n",
                name, rates[0], median, rates[TIMED_ROUNDS - 1], checksum);
    }

    /** One round: as many passes over the inputs as fit in about a second; returns {ops/s, checksum}. */
    private static double[] round(IntToDoubleFunction operation) {
        long operations = 0;
        double sum = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (int i = 0; i < INPUTS; i++) {
                sum += operation.applyAsDouble(i);
            }
            operations += INPUTS;
            elapsed = System.nanoTime() - start;
        } while (elapsed < ROUND_NANOS);
        return new double[]{operations * 1e9 / elapsed, sum};
    }

    private static void printConditions() {
        System.out.println("java.version " + System.getProperty("java.version") + " (" + System.getProperty(
                "java.vm.name") + " " + System.getProperty("java.vm.version") + ")");
        System.out.println("os " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", availableProcessors " + Runtime.getRuntime().availableProcessors() + ", nproc " + nproc()
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        System.out.println("single thread; " + WARMUP_ROUNDS + " warm-up and " + TIMED_ROUNDS
                + " timed rounds of ~1 s over " + INPUTS + " pre-generated inputs");
    }

    private static String nproc() {
        try {
            Process process = new ProcessBuilder("nproc").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor();
            return out;
        } catch (IOException e) {
            return "unavailable (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
