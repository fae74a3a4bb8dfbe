package org.ketaminetraining.it.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Kill -9 durability on Derby and on PostgreSQL (issue 24, point 1): trainees study and save assessment answers
 * over HTTP against a server of the harness's own, which is SIGKILLed at seeded random moments and restarted;
 * afterwards the database must hold every acknowledged answer exactly once, memory states equal to a replay of the
 * review log, and the open questions and attempts must have resumed. In {@code mvn verify} a quick run (1 kill and
 * the final one, 300 acknowledged answers per database, enough for the two assessed trainees to learn the demo
 * programme and reach its assessment); the long run is the same test with {@code -Dkt.crash.kills=12
 * -Dkt.crash.answers=1500} (README, Tests). {@code -Dkt.crash.seed=N} repeats a run's kill schedule and answers.
 */
class CrashDurabilityIT {

    private static final long SEED = Long.getLong("kt.crash.seed", System.nanoTime());
    private static final int KILLS = Integer.getInteger("kt.crash.kills", 1);
    private static final int ANSWERS = Integer.getInteger("kt.crash.answers", 300);
    private static final int STUDYING = Integer.getInteger("kt.crash.trainees", 4);
    private static final int ASSESSED = 2;
    private static final String DEMO_PASSWORD = "crash-Demo-Passw0rd-2026";
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void derbyKeepsEveryAcknowledgedAnswerThroughKills() throws Exception {
        run(CrashDatabase.derby(TARGET.resolve("crash-data/derby")),
                Integer.getInteger("kt.crash.derby.http.port", 9291),
                Integer.getInteger("kt.crash.derby.https.port", 9653));
    }

    @Test
    void postgresqlKeepsEveryAcknowledgedAnswerThroughKills() throws Exception {
        CrashDatabase database = CrashDatabase.postgresql(TARGET.resolve("crash-data/postgresql"),
                System.getProperty("kt.crash.pg.url", "jdbc:postgresql://localhost:5432/ketamine_crash"),
                System.getProperty("kt.test.pg.user", "ketamine_test"),
                System.getProperty("kt.test.pg.password", "ketamine_test"));
        try (Connection reachable = database.connect()) {
            reachable.isValid(5);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL is not reachable at " + database.jdbcUrl() + " (" + e.getMessage()
                    + "); .ci/run starts it with the database ketamine_crash. Skipping the PostgreSQL crash run.");
        }
        run(database, Integer.getInteger("kt.crash.pg.http.port", 9292),
                Integer.getInteger("kt.crash.pg.https.port", 9654));
    }

    private void run(CrashDatabase database, int httpPort, int httpsPort) throws Exception {
        long t0 = System.nanoTime();
        Random chance = new Random(SEED);
        System.out.printf("Crash run on %s: seed %d (-Dkt.crash.seed=%d repeats it), %d kills, %d answers%n",
                database.name(), SEED, SEED, KILLS, ANSWERS);
        database.reset();
        Map<String, String> bootstrap = new LinkedHashMap<>(database.bootstrap());
        bootstrap.put("http.port", Integer.toString(httpPort));
        bootstrap.put("https.port", Integer.toString(httpsPort));
        bootstrap.put("KT_DEMO", "true");
        bootstrap.put("KT_DEMO_PASSWORD", DEMO_PASSWORD);
        bootstrap.put("KT_DEMO_SIMULATED_LEARNERS", "0");
        bootstrap.put("KT_DEFAULT_DEPARTMENT", "demo-ward");
        bootstrap.put("KT_TRUSTED_PROXIES", "127[.]0[.]0[.]1");
        CrashServer server = new CrashServer(TARGET.resolve("liberty/wlp"), database.name(), httpPort, bootstrap);
        ServerGate gate = new ServerGate();
        Ledger ledger = new Ledger();
        List<Trainee> trainees = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Long> restarts = new ArrayList<>();
        int killed = 0;
        try {
            server.start();
            gate.open();
            TraineeAccounts accounts = new TraineeAccounts("http://localhost:" + httpPort + "/", DEMO_PASSWORD);
            AnswerForms forms = new AnswerForms(Path.of("questions"));
            String run = Long.toString(SEED & 0xffffff, 36);
            for (int n = 0; n < STUDYING + ASSESSED; n++) {
                boolean assessed = n >= STUDYING;
                String username = (assessed ? "crash.assessed." : "crash.study.") + run + "." + n;
                accounts.create(username, n, assessed ? "Ketamine essentials (demo)"
                        : "Ketamine Pharmacology and Safety");
                trainees.add(assessed ? new AssessedTrainee(username, n, accounts, gate, ledger, forms, SEED + n)
                        : new StudyingTrainee(username, n, accounts, gate, ledger, forms, SEED + n));
            }
            for (Trainee trainee : trainees) {
                Thread thread = new Thread(trainee, "trainee-" + trainee.username);
                thread.start();
                threads.add(thread);
            }
            for (killed = 0; killed < KILLS; killed++) {
                int quota = ANSWERS * (killed + 1) / (KILLS + 1);
                awaitAnswers(ledger::acknowledged, quota, ledger);
                // A random moment after the quota: mid-request for most trainees, reading for some.
                Thread.sleep(chance.nextInt(1500));
                gate.close();
                server.kill();
                restarts.add(server.start().toMillis());
                gate.open();
            }
            awaitAnswers(ledger::acknowledged, ANSWERS, ledger);
            gate.finish();
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            for (Trainee trainee : trainees) {
                if (trainee instanceof AssessedTrainee assessed && !assessed.finish()) {
                    ledger.problem(trainee.username + ": the attempt could not be finished after the restarts");
                }
            }
        } finally {
            gate.finish();
            // The last act is a kill too: the check must find everything without a clean shutdown's help.
            if (server.ready()) {
                server.kill();
            }
        }
        DurabilityCheck check = new DurabilityCheck(database);
        List<String> broken = check.verify(ledger);
        database.close();
        long wall = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        String figures = String.format("%s, seed %d: %d kills (and a final one); %s; %d review log rows; first start "
                + "%d ms, restarts %s ms; %d s wall; load average %s", database.name(), SEED, killed,
                ledger.summary(), check.reviewRows(), server.startMillis().get(0), restarts, wall,
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println(figures);
        Files.writeString(TARGET.resolve("crash-durability-" + database.name().toLowerCase() + ".txt"), figures + "\n");
        assertThat(ledger.problems()).as("what the clients saw over HTTP").isEmpty();
        assertThat(broken).as("the database against the acknowledged answers").isEmpty();
        assertThat(killed).isEqualTo(KILLS);
        assertThat(ledger.acknowledged()).isGreaterThanOrEqualTo(ANSWERS);
        assertThat(ledger.finishedAttempts()).hasSize(ASSESSED);
    }

    /** Waits until the clients have this many acknowledged answers; fails when they stop making progress. */
    private static void awaitAnswers(IntSupplier acknowledged, int target, Ledger ledger) throws InterruptedException {
        int last = acknowledged.getAsInt();
        long lastProgress = System.nanoTime();
        while (acknowledged.getAsInt() < target) {
            Thread.sleep(100);
            int now = acknowledged.getAsInt();
            if (now > last) {
                last = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > Duration.ofSeconds(90).toNanos()) {
                throw new AssertionError("no acknowledged answer for 90 s at " + now + " of " + target + "; "
                        + ledger.summary() + "; problems: " + ledger.problems());
            }
        }
    }
}
