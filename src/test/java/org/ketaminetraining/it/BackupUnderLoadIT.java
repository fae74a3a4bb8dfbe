package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.ketaminetraining.config.AppSettings;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.operations.BackupService;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.scheduling.grading.Confidence;
import org.ketaminetraining.study.fixtures.SampleAnswers;
import org.ketaminetraining.study.service.AnswerSubmission;
import org.ketaminetraining.study.service.LearnerSettings;
import org.ketaminetraining.study.service.PresentedQuestion;
import org.ketaminetraining.study.service.StudyService;

/**
 * Issue 24, point 6: an online backup taken while trainees study restores to a database whose review log is a
 * prefix of the live one, with nothing half-written. Trainees answer through the study service on threads of their
 * own while the administrator's backup runs (in the server); the backup is then booted as a database of its own
 * (what a restore does: Derby recovers it from the data files and the log it copied) and read with JDBC from
 * outside the server, against the live log as it was before the backup began and at the end.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupUnderLoadIT {

    private static final int TRAINEES = 6;

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("backup-load-it.war", BackupUnderLoadIT.class, SampleAnswers.class);
    }

    @Resource(lookup = "jdbc/ketaminetraining")
    private DataSource live;
    /** Liberty's managed threads: the service's transactions and persistence contexts need a component's context. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;
    @Inject
    private BackupService backups;
    @Inject
    private StudyService study;
    @Inject
    private AccountService accounts;
    @Inject
    private Callers callers;
    @Inject
    private AppSettings settings;

    /** One answer as the review log holds it: what must be the same in the backup and in the live database. */
    private record Answer(long account, long question, long presentation, String answeredAt, String rating) {
        String line() {
            return account + " " + question + " " + presentation + " " + answeredAt + " " + rating;
        }
    }

    /** The file, beside the server's data, through which the test in the server hands the check its facts. */
    private static final java.util.function.Function<Path, Path> HANDOVER =
            data -> data.resolve("backup-under-load-check.txt");

    @Test
    @Order(1)
    void traineesStudyWhileTheAdministratorTakesABackup() throws Exception {
        List<Long> trainees = new ArrayList<>();
        for (int i = 0; i < TRAINEES; i++) {
            long id =
                    accounts.create(callers.admin(),
                            new AccountDetails("backup.load." + Long.toString(System.nanoTime(), 36),
                                    Callers.uniqueName("Trainee"), null, Set.of(Role.TRAINEE), Set.of(), Set.of()))
                            .accountId();
            LearnerSettings settings = study.settings(id);
            study.saveSettings(id, new LearnerSettings(LearnerSettings.MAX_NEW_ITEMS_PER_DAY, settings.timeZone(),
                    settings.keyboardShortcuts(), settings.programmeId()));
            trainees.add(id);
        }
        String ours = trainees.stream().map(String::valueOf).collect(Collectors.joining(","));
        AtomicBoolean studying = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<Future<?>> learners = new ArrayList<>();
        for (long trainee : trainees) {
            learners.add(executor.submit(() -> {
                while (studying.get()) {
                    PresentedQuestion shown = study.currentQuestion(trainee).orElseThrow();
                    study.submit(trainee, new AnswerSubmission(shown.token(),
                            SampleAnswers.correct(shown.question()), Confidence.MEDIUM));
                    answered.incrementAndGet();
                }
                return null;
            }));
        }
        Path backup;
        Map<Long, Answer> beforeBackup;
        int answersDuringBackup;
        try {
            waitFor(() -> answered.get() >= 30, "30 answers before the backup");
            beforeBackup = answers(live, ours);
            int before = answered.get();
            backup = backups.backupNow(callers.admin());
            answersDuringBackup = answered.get() - before;
            int after = answered.get();
            waitFor(() -> answered.get() >= after + 20, "20 answers after the backup");
        } finally {
            studying.set(false);
        }
        for (Future<?> learner : learners) {
            learner.get(60, TimeUnit.SECONDS);
        }
        Map<Long, Answer> liveAtEnd = answers(live, ours);
        assertTrue(answersDuringBackup >= 0);
        // The backup is checked from outside the server (the next test): Derby's classes are the server's, not
        // this deployment's. What it is checked against goes to a file beside the server's data.
        List<String> lines = new ArrayList<>();
        lines.add("backup " + backup.resolve("db"));
        lines.add("accounts " + ours);
        lines.add("during " + answersDuringBackup);
        beforeBackup.forEach((id, a) -> lines.add("before " + id + " " + a.line()));
        liveAtEnd.forEach((id, a) -> lines.add("live " + id + " " + a.line()));
        Files.write(HANDOVER.apply(settings.dataDirectory()), lines);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theBackupBootsAsADatabaseWhoseLogIsAPrefixWithNothingHalfWritten() throws Exception {
        Path data = Path.of(System.getProperty("kt.it.data.dir", "target/it-data"));
        List<String> lines = Files.readAllLines(HANDOVER.apply(data));
        String backup = value(lines, "backup");
        String ours = value(lines, "accounts");
        Map<Long, Answer> beforeBackup = answersIn(lines, "before ");
        Map<Long, Answer> liveAtEnd = answersIn(lines, "live ");
        EmbeddedDataSource restored = new EmbeddedDataSource();
        restored.setDatabaseName(backup);
        try {
            Map<Long, Answer> inBackup = answers(restored, ours);
            // A prefix: everything committed before the backup began is in it, and all it holds is in the live log,
            // unchanged; what was answered after it is not.
            assertTrue(inBackup.keySet().containsAll(beforeBackup.keySet()), "answers committed before the backup "
                    + "are missing from it");
            inBackup.forEach((id, answer) -> assertEquals(liveAtEnd.get(id), answer, "review " + id));
            assertTrue(inBackup.size() < liveAtEnd.size(), "the answers given after the backup are in it");
            // Nothing half-written: each answer's presentation is marked answered and its memory state counts it,
            // and no presentation is marked answered without its answer.
            try (Connection c = restored.getConnection()) {
                assertEquals(countsOf(c, "SELECT account_id, question_id, COUNT(*) FROM review_log WHERE account_id"
                        + " IN (" + ours + ") GROUP BY account_id, question_id"), countsOf(c,
                                "SELECT account_id,"
                                        + " question_id, review_count FROM memory_state WHERE account_id IN (" + ours
                                        + ")"),
                        "memory states against the review log in the backup");
                assertEquals(single(c, "SELECT COUNT(*) FROM presentation WHERE answered = TRUE AND account_id IN ("
                        + ours + ")"), inBackup.size(), "presentations marked answered against answers");
            }
            System.out.printf("Backup under load: %d answers before it, %s given while it ran, %d in it, %d live at"
                    + " the end%n", beforeBackup.size(), value(lines, "during"), inBackup.size(), liveAtEnd.size());
        } finally {
            restored.setShutdownDatabase("shutdown");
            try (Connection ignored = restored.getConnection()) {
                // Derby answers a shutdown with an exception; reaching here would mean it did not shut down.
            } catch (SQLException shutDown) {
                // expected: 08006, the backup's database is closed
            }
        }
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + " ")).findFirst().orElseThrow()
                .substring(key.length() + 1);
    }

    private static Map<Long, Answer> answersIn(List<String> lines, String prefix) {
        Map<Long, Answer> answers = new HashMap<>();
        lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).split(" "))
                .forEach(f -> answers.put(Long.parseLong(f[0]), new Answer(Long.parseLong(f[1]),
                        Long.parseLong(f[2]), Long.parseLong(f[3]), f[4], f[5])));
        return answers;
    }

    private static Map<Long, Answer> answers(DataSource db, String accounts) throws SQLException {
        Map<Long, Answer> answers = new HashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, account_id,"
                        + " question_id, presentation_id, answered_at, rating FROM review_log WHERE account_id IN ("
                        + accounts + ")");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                answers.put(r.getLong(1), new Answer(r.getLong(2), r.getLong(3), r.getLong(4),
                        r.getTimestamp(5).toInstant().toString(), r.getString(6)));
            }
        }
        return answers;
    }

    /** Rows of (account, question, number) as a sorted map, to compare two ways of counting. */
    private static Map<String, Long> countsOf(Connection c, String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                counts.put(r.getLong(1) + "/" + r.getLong(2), r.getLong(3));
            }
        }
        return counts;
    }

    private static int single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within 120 s");
            }
            Thread.sleep(20);
        }
    }
}
