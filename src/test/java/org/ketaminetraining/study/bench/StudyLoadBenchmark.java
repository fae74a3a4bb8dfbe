package org.ketaminetraining.study.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.service.BankWriter;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.yaml.BankYamlWriter;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.scheduling.grading.Confidence;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.study.fixtures.SampleAnswers;
import org.ketaminetraining.study.service.AnswerOutcome;
import org.ketaminetraining.study.service.AnswerSubmission;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.service.LearnerContext;
import org.ketaminetraining.study.service.PresentedQuestion;
import org.ketaminetraining.study.service.StudyLedger;
import org.ketaminetraining.study.store.LearnerProfile;

/**
 * The server-side time of "submit an answer and show the next question" when a cohort studies at once: each
 * simulated trainee (default 50) has a thread, an entity manager and a {@link StudyLedger} of its own over one shared
 * {@link BankCatalog}, on a fresh embedded Derby database migrated by the app's Flyway scripts and filled from the
 * shipped bank in {@code questions/}. One operation is the two transactions a browser's answer causes: the submit,
 * then the presentation of the next question. Trainees answer 80% right, either without pause (think time 0: the
 * worst case, every trainee clicking as fast as the server answers) or after a think time drawn uniformly between
 * half and one and a half times the given mean (a person reading a question and its feedback). Prints latency percentiles of the pair and of each transaction, throughput and peak heap, then
 * checks that every answer was logged exactly once; exits with status 1 if any transaction failed.
 *
 * <p>A transaction that fails is counted and the trainee carries on as a person would, by reloading the question
 * page: stopping the thread instead would lower the concurrency and flatter every figure after it. Only successful
 * operations are timed. Run from the repository root:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.ketaminetraining.study.bench.StudyLoadBenchmark [-Dexec.args="200 50 0"]}
 * (recorded operations per trainee, trainees, mean think time in seconds).
 */
public final class StudyLoadBenchmark {

    /** Enough for the JIT to compile the hot path and for every trainee to have some history before we measure. */
    private static final int WARM_UP_OPERATIONS = 20;
    /** The server's pool (server-config/db-derby.xml, maxPoolSize 40): with 50 trainees some wait, as they would. */
    private static final int CONNECTION_POOL = 40;
    /** Above the operations a trainee makes, so that nobody runs out of new items and falls back to learn-ahead. */
    private static final int NEW_ITEMS_PER_DAY = 200;
    private static final String ZONE = "Europe/London";
    private static final double RIGHT_ANSWERS = 0.8;
    /** A trainee who keeps failing is no longer load, only noise; a handful of retries tells transient from broken. */
    private static final int MAX_CONSECUTIVE_ERRORS = 5;

    /** Mean pause between a trainee's answers in the recorded phase; 0 for none. */
    private static long thinkMillis;

    private StudyLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int operations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int trainees = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        thinkMillis = args.length > 2 ? (long) (Double.parseDouble(args[2]) * 1000) : 0;
        Path work = Files.createTempDirectory("study-bench");
        // Keep Derby's log with the database instead of overwriting derby.log in the checkout.
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        System.out.printf("java %s, %d cores, max heap %d MiB; %d trainees x (%d warm-up + %d recorded) operations, "
                + "connection pool %d, mean think time %d ms; database in %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, trainees,
                WARM_UP_OPERATIONS, operations, CONNECTION_POOL, thinkMillis, work);

        EntityManagerFactory factory = freshDatabase(work.resolve("db"));
        String programme = importShippedBank(factory);
        List<Long> accounts = createTrainees(factory, trainees, programme);

        BankCatalog catalog = new BankCatalog();
        CountDownLatch ready = new CountDownLatch(trainees);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch warmedUp = new CountDownLatch(trainees);
        CountDownLatch measure = new CountDownLatch(1);
        // Daemon threads: exec:java waits for every non-daemon thread, so a failure must not leave the build hanging.
        ExecutorService pool = Executors.newFixedThreadPool(trainees, task -> {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        });
        List<Trainee> done = new ArrayList<>();
        long t0;
        long t1;
        long gcCountBefore;
        long gcMillisBefore;
        try {
            List<Future<Trainee>> running = new ArrayList<>();
            for (int i = 0; i < trainees; i++) {
                Trainee trainee = new Trainee(accounts.get(i), new Random(1000L + i), operations);
                running.add(pool.submit(() -> trainee.study(factory, catalog, ready, start, warmedUp, measure)));
            }
            ready.await();
            start.countDown();
            warmedUp.await();
            // Measured from a common start, so that the throughput is that of the whole cohort studying together and
            // no trainee's warm-up overlaps the recorded phase.
            resetPeaks();
            gcCountBefore = gcCount();
            gcMillisBefore = gcMillis();
            t0 = System.nanoTime();
            measure.countDown();
            for (Future<Trainee> trainee : running) {
                done.add(trainee.get());
            }
            t1 = System.nanoTime();
        } finally {
            pool.shutdownNow();
        }

        report(done, operations, trainees, (t1 - t0) / 1e9, gcCount() - gcCountBefore, gcMillis() - gcMillisBefore);
        long errors = reportErrors(done);
        boolean consistent = verify(factory, done, trainees);
        factory.close();
        long gaveUp = done.stream().filter(t -> t.failure != null).count();
        if (gaveUp > 0 || errors > 0 || !consistent) {
            System.out.printf("FAILED: %d failed transactions, %d of %d trainees gave up%s%n", errors, gaveUp,
                    trainees, consistent ? "" : ", and the database does not match the answers sent");
            System.exit(1);
        }
    }

    /** A result that no retry can fix: the benchmark's own assumption or the app's correctness broke. */
    private static final class Broken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Broken(String message) {
            super(message);
        }
    }

    /** One simulated trainee: its own entity manager, ledger and random answers; latencies in nanoseconds. */
    private static final class Trainee {
        final long accountId;
        final Random random;
        final long[] pair;
        final long[] submit;
        final long[] show;
        final Map<String, Integer> errors = new TreeMap<>();
        int warmUpErrors;
        int recordedErrors;
        int recorded;
        int submits;
        Exception failure;
        private PresentedQuestion shown;
        private int consecutiveErrors;

        Trainee(long accountId, Random random, int operations) {
            this.accountId = accountId;
            this.random = random;
            this.pair = new long[operations];
            this.submit = new long[operations];
            this.show = new long[operations];
        }

        Trainee study(EntityManagerFactory factory, BankCatalog catalog, CountDownLatch ready, CountDownLatch start,
                CountDownLatch warmedUp, CountDownLatch measure) {
            boolean arrived = false;
            EntityManager em = factory.createEntityManager();
            try {
                StudyLedger ledger = new StudyLedger(em, catalog,
                        new LearnerContext.Factory(DayBoundary.DEFAULT_ROLLOVER_HOUR), Clock.systemUTC(),
                        new SecureRandom());
                ready.countDown();
                start.await();
                operations(em, ledger, WARM_UP_OPERATIONS, false);
                warmedUp.countDown();
                arrived = true;
                measure.await();
                operations(em, ledger, pair.length, true);
            } catch (Exception e) {
                failure = e;
                System.err.printf("trainee %d gave up after %d answers: %s%n", accountId, submits, describe(e));
            } finally {
                if (!arrived) {
                    warmedUp.countDown();
                }
                em.close();
            }
            return this;
        }

        private void operations(EntityManager em, StudyLedger ledger, int count, boolean record) {
            int done = 0;
            while (done < count) {
                try {
                    if (shown == null) {
                        // The question page, opened first or reloaded after an error; not part of an operation.
                        shown = inTransaction(em, ledger, l -> l.currentQuestion(accountId))
                                .orElseThrow(() -> new Broken("no question for account " + accountId));
                    }
                    shown = operation(em, ledger, shown, record ? done : -1);
                    done++;
                    if (record && thinkMillis > 0) {
                        think();
                    }
                    consecutiveErrors = 0;
                } catch (Broken e) {
                    throw e;
                } catch (RuntimeException e) {
                    errors.merge(describe(e), 1, Integer::sum);
                    if (record) {
                        recordedErrors++;
                    } else {
                        warmUpErrors++;
                    }
                    shown = null;
                    if (++consecutiveErrors >= MAX_CONSECUTIVE_ERRORS) {
                        throw e;
                    }
                }
            }
        }

        /** A person reads the feedback and the next question; the warm-up does not pause, it only warms the JIT. */
        private void think() {
            try {
                Thread.sleep(thinkMillis / 2 + (long) (random.nextDouble() * thinkMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Broken("interrupted while thinking");
            }
        }

        /** Answers the question shown and returns the next one; records the latencies at {@code slot} unless -1. */
        private PresentedQuestion operation(EntityManager em, StudyLedger ledger, PresentedQuestion question,
                int slot) {
            Question asked = question.question();
            boolean right = random.nextDouble() < RIGHT_ANSWERS;
            Confidence confidence = Confidence.values()[random.nextInt(Confidence.values().length)];
            AnswerSubmission answer = new AnswerSubmission(question.token(),
                    right ? SampleAnswers.correct(asked) : SampleAnswers.wrong(asked), confidence);
            long t0 = System.nanoTime();
            AnswerOutcome outcome = inTransaction(em, ledger, l -> l.submit(accountId, answer));
            long t1 = System.nanoTime();
            submits++;
            if (outcome.alreadyRecorded() || outcome.correct() != right) {
                throw new Broken("answer to " + asked.id() + " recorded wrongly: right=" + right + ", outcome "
                        + outcome.correct() + (outcome.alreadyRecorded() ? " (a repeat)" : ""));
            }
            // Once the answer is in, the question shown is stale whether or not the next one arrives.
            shown = null;
            PresentedQuestion next = inTransaction(em, ledger, l -> l.currentQuestion(accountId))
                    .orElseThrow(() -> new Broken("no next question for account " + accountId));
            long t2 = System.nanoTime();
            if (slot >= 0) {
                pair[slot] = t2 - t0;
                submit[slot] = t1 - t0;
                show[slot] = t2 - t1;
                recorded++;
            }
            return next;
        }
    }

    /**
     * One server request: one transaction, rolled back on failure. The persistence context is cleared afterwards
     * because the server's is transaction-scoped; a context kept across calls would answer queries from entities it
     * already holds and grow with every answer, which no request in the server sees.
     */
    private static <T> T inTransaction(EntityManager em, StudyLedger ledger, Function<StudyLedger, T> work) {
        em.getTransaction().begin();
        try {
            T result = work.apply(ledger);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.clear();
        }
    }

    /** The innermost cause and the SQL it failed on, short enough to group errors by. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String sql = String.valueOf(e.getMessage()).lines().filter(l -> l.startsWith("Call: ")).findFirst()
                .map(l -> " in " + l.substring(6, Math.min(l.length(), 40)) + "...").orElse("");
        return root.getClass().getSimpleName() + ": " + root.getMessage() + sql;
    }

    private static EntityManagerFactory freshDatabase(Path dir) {
        String url = "jdbc:derby:" + dir + ";create=true";
        Flyway.configure(StudyLoadBenchmark.class.getClassLoader()).dataSource(url, null, null)
                .locations("classpath:db/migration").load().migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("eclipselink.logging.level", "WARNING");
        // EclipseLink's internal pool defaults to 32 connections; without this, trainees would queue for a
        // connection inside EclipseLink and the figures would show a limit the server does not have.
        String size = Integer.toString(CONNECTION_POOL);
        properties.put("eclipselink.connection-pool.default.initial", size);
        properties.put("eclipselink.connection-pool.default.min", size);
        properties.put("eclipselink.connection-pool.default.max", size);
        return Persistence.createEntityManagerFactory("ketamine-training", properties);
    }

    /** Imports questions/ as the server's start-up import does; returns the curriculum's first programme. */
    private static String importShippedBank(EntityManagerFactory factory) {
        Path questions = Path.of("questions");
        BankLoadResult result = BankLoader.load(questions);
        if (!result.isValid()) {
            throw new IllegalStateException("the shipped bank in " + questions.toAbsolutePath() + " is invalid "
                    + "(run from the repository root): " + result.problems().subList(0,
                            Math.min(5, result.problems().size())));
        }
        BankSnapshot bank = result.snapshot().orElseThrow();
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Instant now = Instant.now();
        BankImport record = new BankImport(now, "bench", questions.toString(), BankImport.Outcome.APPLIED,
                result.fileCount(), result.questionCount());
        em.persist(record);
        new BankWriter(em).apply(bank, record, now);
        // The study code finds programmes only in the curriculum recorded with the applied import.
        record.recordCurriculum(BankYamlWriter.writeCurriculum(bank.curriculum()));
        em.getTransaction().commit();
        em.close();
        String programme = bank.curriculum().programmes().get(0).id();
        System.out.printf("imported %d questions in %d files from %s; programme %s%n", result.questionCount(),
                result.fileCount(), questions.toAbsolutePath(), programme);
        return programme;
    }

    private static List<Long> createTrainees(EntityManagerFactory factory, int count, String programme) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        Instant now = Instant.now();
        List<Account> accounts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Account account = new Account("bench.trainee." + i, "Bench Trainee " + i, null, now);
            em.persist(account);
            accounts.add(account);
        }
        em.flush();
        List<Long> ids = new ArrayList<>();
        for (Account account : accounts) {
            em.persist(new LearnerProfile(account.getId(), programme, NEW_ITEMS_PER_DAY, ZONE, true, now));
            ids.add(account.getId());
        }
        em.getTransaction().commit();
        em.close();
        return ids;
    }

    private static void report(List<Trainee> trainees, int operations, int count, double wallSeconds, long gcs,
            long gcMillis) {
        long[] pair = merge(trainees, t -> t.pair);
        long[] submit = merge(trainees, t -> t.submit);
        long[] show = merge(trainees, t -> t.show);
        System.out.printf("recorded: %d operations (%d trainees x %d) in %.2f s wall; %.1f answers/s%n",
                pair.length, count, operations, wallSeconds, pair.length / wallSeconds);
        System.out.println("latency ms                  p50      p95      p99      max");
        print("submit + next question", pair);
        print("  submit", submit);
        print("  next question", show);
        System.out.printf("peak heap used during the recorded phase: %d MiB; GC: %d collections, %d ms%n",
                peakHeap() >> 20, gcs, gcMillis);
    }

    /** Only the slots a trainee filled, so that a trainee who gave up does not add 0 ms answers. */
    private static long[] merge(List<Trainee> trainees, Function<Trainee, long[]> latencies) {
        return trainees.stream().flatMapToLong(t -> Arrays.stream(latencies.apply(t), 0, t.recorded)).sorted()
                .toArray();
    }

    private static void print(String label, long[] sorted) {
        System.out.printf("%-23s %8.1f %8.1f %8.1f %8.1f%n", label, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest rank on the sorted latencies, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static long reportErrors(List<Trainee> trainees) {
        Map<String, Integer> all = new TreeMap<>();
        trainees.forEach(t -> t.errors.forEach((error, n) -> all.merge(error, n, Integer::sum)));
        long total = all.values().stream().mapToLong(Integer::longValue).sum();
        System.out.printf("failed transactions (each followed by a reload of the question page): %d, %d of them in "
                + "the warm-up, %d in the recorded phase%n", total,
                trainees.stream().mapToInt(t -> t.warmUpErrors)
                        .sum(),
                trainees.stream().mapToInt(t -> t.recordedErrors).sum());
        all.forEach((error, n) -> System.out.printf("  %5d x %s%n", n, error));
        return total;
    }

    /** Every answer sent is logged once, and each trainee has exactly one question still open. */
    private static boolean verify(EntityManagerFactory factory, List<Trainee> trainees, int count) {
        long sent = trainees.stream().mapToLong(t -> t.submits).sum();
        EntityManager em = factory.createEntityManager();
        long logged = em.createQuery("SELECT COUNT(r) FROM ReviewLogEntry r", Long.class).getSingleResult();
        long presented = em.createQuery("SELECT COUNT(p) FROM Presentation p", Long.class).getSingleResult();
        em.close();
        boolean ok = logged == sent && presented == sent + count;
        System.out.printf("check: %d answers committed (warm-up included), %d review_log rows, %d presentations "
                + "(expected %d); %s%n", sent, logged, presented, sent + count, ok ? "OK" : "MISMATCH");
        return ok;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
