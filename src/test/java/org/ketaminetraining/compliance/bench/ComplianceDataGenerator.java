package org.ketaminetraining.compliance.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.service.BankWriter;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.certification.signing.CertificateSigner;
import org.ketaminetraining.people.PasswordHasher;

/**
 * Writes a data folder for a server to start on, at the size issue 17 measures: 10,000 trainees in 40 departments,
 * 40 managers (one per department) and one manager of every department, an administrator, the shipped bank plus a
 * second programme over the same nine modules (2 programmes x 216 items), two million study answers with their
 * presentations and memory states, certificates (some expiring soon, some expired, a few revoked) with the passed
 * attempts they came from, and one assignment per programme for every trainee. Reproducible: the same seed gives the
 * same data.
 *
 * <p>Rows are written with plain JDBC batches (the app's code would take hours for two million answers); the schema
 * comes from the app's own Flyway migrations and the bank from its own import code, and id sequences are moved past
 * the ids used so the server allocates fresh ones. Certificates carry a placeholder instead of a signed file: they
 * count in reports, but their downloads and public verification are not meant to work.
 *
 * <p>Run from the repository root (about 3 minutes on a 2-core machine):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.ketaminetraining.compliance.bench.ComplianceDataGenerator
 * -Dexec.args="target/compliance-bench PASSWORD [staff] [reviews]"}
 * then start the server on it:
 * {@code KT_DATA_DIR=$PWD/target/compliance-bench KT_QUESTIONS_DIR=$PWD/target/compliance-bench/questions
 * ./mvnw liberty:run}; every generated account signs in with PASSWORD.
 */
public final class ComplianceDataGenerator {

    static final int DEPARTMENTS = 40;
    static final String MAIN = "ketamine-clinical-safety";
    static final String SECOND = "ketamine-refresher-bench";
    private static final int BATCH = 2_000;
    private static final int COMMIT_EVERY = 100_000;

    private final Connection db;
    private final SplittableRandom random = new SplittableRandom(17);
    private final Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private long studyId = 1;
    private long certificationId = 1;
    private long complianceId = 1;

    private ComplianceDataGenerator(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ComplianceDataGenerator <data folder> <password> [staff=10000] "
                    + "[reviews=2000000]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]).toAbsolutePath();
        String password = args[1];
        int staff = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        long reviews = args.length > 3 ? Long.parseLong(args[3]) : 2_000_000L;
        if (Files.exists(folder.resolve("db"))) {
            System.err.println(folder.resolve("db") + " exists; give a new folder");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Path questions = writeQuestions(folder.resolve("questions"));
        String url = "jdbc:derby:" + folder.resolve("db") + ";create=true";
        Flyway.configure(ComplianceDataGenerator.class.getClassLoader()).dataSource(url, null, null)
                .locations("classpath:db/migration").load().migrate();
        org.ketaminetraining.bank.BankLoadResult loaded = BankLoader.load(questions);
        importBank(url, loaded.snapshot().orElseThrow(() -> new IllegalStateException(
                "the generated bank is not valid: " + loaded.problems())));
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            new ComplianceDataGenerator(db).generate(staff, reviews, password, folder);
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with an exception.
        }
        System.out.printf("done in %.0f s: %s (questions in %s)%n", (System.nanoTime() - t0) / 1e9, folder,
                questions);
    }

    /** The shipped bank (without the demo overlay) plus a second programme over the same modules. */
    static Path writeQuestions(Path target) throws IOException {
        Path shipped = Path.of("questions");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(shipped)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        Path schema = shipped.resolve("schema");
        if (Files.isDirectory(schema)) {
            Files.createDirectories(target.resolve("schema"));
            try (Stream<Path> files = Files.list(schema)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve("schema").resolve(file.getFileName()));
                }
            }
        }
        String curriculum = Files.readString(target.resolve("curriculum.yaml"));
        String second = """
                  - id: %s
                    title: Ketamine Safety Refresher (benchmark)
                    description: A second programme over the same modules, for measuring reports at scale.
                    required_modules: [products-regulation, mechanism, pharmacokinetics, dosing,
                      administration-monitoring, adverse-effects, contraindications-interactions, evidence,
                      holistic-care]
                    assessment:
                      items_per_module: 2
                      pass_mark: 0.80
                      all_safety_critical_correct: true
                      max_attempts: 3
                      cooldown_hours: 24
                    validity_months: 12
                    renewal_window_days: 30
                    refresher_recall_threshold: 0.85
                """.formatted(SECOND);
        Files.writeString(target.resolve("curriculum.yaml"), curriculum.stripTrailing() + "\n" + second);
        return target;
    }

    private static void importBank(String url, BankSnapshot bank) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("eclipselink.logging.level", "WARNING");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("ketamine-training", properties);
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            BankImport record = new BankImport(Instant.now(), "bench", "generated", BankImport.Outcome.APPLIED,
                    bank.modules().size(), bank.questions().size());
            em.persist(record);
            new BankWriter(em).apply(bank, record, Instant.now());
            em.getTransaction().commit();
            em.close();
        } finally {
            factory.close();
        }
    }

    private record Question(long id, long revisionId, boolean safetyCritical) {
    }

    private void generate(int staff, long reviews, String password, Path folder) throws SQLException, IOException {
        String hash = PasswordHasher.standard(new SecureRandom()).hash(password.toCharArray());
        List<Question> questions = questions();
        List<Long> departments = departments();
        List<Long> trainees = accounts(staff, departments, hash);
        System.out.printf("%d departments, %d trainees, %d questions%n", departments.size(), trainees.size(),
                questions.size());
        String keyId = signingKey();
        long written = study(trainees, questions, reviews, folder);
        System.out.printf("%d reviews written%n", written);
        int certificates = certificates(trainees, keyId);
        System.out.printf("%d certificates%n", certificates);
        int assigned = assignments(trainees);
        System.out.printf("%d person assignments%n", assigned);
        moveSequence("study", studyId);
        moveSequence("certification", certificationId);
        moveSequence("compliance", complianceId);
        db.commit();
    }

    private List<Question> questions() throws SQLException {
        List<Question> questions = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT q.id, r.id, r.safety_critical "
                        + "FROM bank_question q JOIN question_revision r ON r.question_id = q.id "
                        + "AND r.revision_number = q.current_revision WHERE q.retired = FALSE ORDER BY q.id")) {
            while (rs.next()) {
                questions.add(new Question(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)));
            }
        }
        return questions;
    }

    private List<Long> departments() throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO department (code, name, created_at) VALUES (?, ?, ?)")) {
            for (int d = 1; d <= DEPARTMENTS; d++) {
                insert.setString(1, "dept-%02d".formatted(d));
                insert.setString(2, "Department %02d".formatted(d));
                insert.setTimestamp(3, Timestamp.from(now.minus(Duration.ofDays(1000))));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return ids("SELECT id FROM department ORDER BY code");
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Trainees staff-00001... (one department each), manager-01..40, manager-all, bench-admin. */
    private List<Long> accounts(int staff, List<Long> departments, String hash) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (username, display_name, email, "
                + "password_hash, must_change_password, enabled, failed_sign_ins, created_at, version, start_date) "
                + "VALUES (?, ?, ?, ?, FALSE, TRUE, 0, ?, 0, ?)")) {
            for (int i = 1; i <= staff; i++) {
                account(insert, "staff-%05d".formatted(i), "Staff Member %05d".formatted(i), hash,
                        LocalDate.now(ZoneOffset.UTC).minusDays(random.nextInt(1, 2000)));
            }
            for (int d = 1; d <= departments.size(); d++) {
                account(insert, "manager-%02d".formatted(d), "Manager %02d".formatted(d), hash, null);
            }
            account(insert, "manager-all", "Manager Of Every Department", hash, null);
            account(insert, "bench-admin", "Benchmark Administrator", hash, null);
            insert.executeBatch();
        }
        Map<String, Long> byName = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, username FROM account")) {
            while (rs.next()) {
                byName.put(rs.getString(2), rs.getLong(1));
            }
        }
        List<Long> trainees = new ArrayList<>();
        try (PreparedStatement role = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)");
                PreparedStatement member = db.prepareStatement(
                        "INSERT INTO account_department (account_id, department_id) VALUES (?, ?)");
                PreparedStatement manages = db.prepareStatement(
                        "INSERT INTO managed_department (account_id, department_id) VALUES (?, ?)");
                PreparedStatement profile = db.prepareStatement("INSERT INTO learner_profile (account_id, "
                        + "programme_key, new_items_per_day, time_zone, keyboard_shortcuts, created_at) "
                        + "VALUES (?, ?, 10, 'UTC', FALSE, ?)")) {
            for (int i = 1; i <= staff; i++) {
                long id = byName.get("staff-%05d".formatted(i));
                trainees.add(id);
                role.setLong(1, id);
                role.setString(2, "TRAINEE");
                role.addBatch();
                member.setLong(1, id);
                member.setLong(2, departments.get((i - 1) % departments.size()));
                member.addBatch();
                profile.setLong(1, id);
                profile.setString(2, MAIN);
                profile.setTimestamp(3, Timestamp.from(now.minus(Duration.ofDays(400))));
                profile.addBatch();
            }
            for (int d = 1; d <= departments.size(); d++) {
                long id = byName.get("manager-%02d".formatted(d));
                role.setLong(1, id);
                role.setString(2, "MANAGER");
                role.addBatch();
                manages.setLong(1, id);
                manages.setLong(2, departments.get(d - 1));
                manages.addBatch();
                long all = byName.get("manager-all");
                manages.setLong(1, all);
                manages.setLong(2, departments.get(d - 1));
                manages.addBatch();
            }
            role.setLong(1, byName.get("manager-all"));
            role.setString(2, "MANAGER");
            role.addBatch();
            role.setLong(1, byName.get("bench-admin"));
            role.setString(2, "ADMIN");
            role.addBatch();
            role.executeBatch();
            member.executeBatch();
            manages.executeBatch();
            profile.executeBatch();
        }
        db.commit();
        return trainees;
    }

    private void account(PreparedStatement insert, String username, String name, String hash, LocalDate start)
            throws SQLException {
        insert.setString(1, username);
        insert.setString(2, name);
        insert.setString(3, username + "@bench.example.org");
        insert.setString(4, hash);
        insert.setTimestamp(5, Timestamp.from(now.minus(Duration.ofDays(1200))));
        insert.setDate(6, start == null ? null : Date.valueOf(start));
        insert.addBatch();
    }

    private String signingKey() throws SQLException {
        KeyPair keys = CertificateSigner.generateKeyPair(new SecureRandom());
        String keyId = CertificateSigner.keyId(keys.getPublic());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO signing_key (key_id, public_pem, "
                + "private_pem, created_at, active) VALUES (?, ?, ?, ?, TRUE)")) {
            insert.setString(1, keyId);
            insert.setString(2, CertificateSigner.publicKeyToPem(keys.getPublic()));
            insert.setString(3, CertificateSigner.privateKeyToPem(keys.getPrivate()));
            insert.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(1000))));
            insert.executeUpdate();
        }
        return keyId;
    }

    /**
     * Study: one trainee in eight has not started; the others share the reviews unevenly (a few heavy users),
     * each reviewing a random subset of the items several times over the last year, 85% right. Written as CSV files
     * and loaded with Derby's bulk import, which is many times faster than inserting millions of rows one by one.
     */
    private long study(List<Long> trainees, List<Question> questions, long reviews, Path folder)
            throws SQLException, IOException {
        double[] weights = new double[trainees.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i % 8 == 0 ? 0 : 0.3 + random.nextDouble() * random.nextDouble() * 3;
            total += weights[i];
        }
        Path presentations = folder.resolve("presentation.csv");
        Path logs = folder.resolve("review_log.csv");
        Path states = folder.resolve("memory_state.csv");
        long written = 0;
        try (BufferedWriter presentation = Files.newBufferedWriter(presentations);
                BufferedWriter log = Files.newBufferedWriter(logs);
                BufferedWriter state = Files.newBufferedWriter(states)) {
            for (int t = 0; t < trainees.size(); t++) {
                long count = Math.round(reviews * weights[t] / total);
                if (count == 0) {
                    continue;
                }
                long account = trainees.get(t);
                int items = (int) Math.min(questions.size(), Math.max(1, count / 3));
                int[] order = random.ints(0, questions.size()).distinct().limit(items).toArray();
                long perItem = Math.max(1, count / items);
                for (int k = 0; k < items && written < reviews; k++) {
                    Question q = questions.get(order[k]);
                    Instant at = now.minus(Duration.ofDays(random.nextInt(30, 365)))
                            .plusSeconds(random.nextInt(86_400));
                    int lapses = 0;
                    double stability = 1;
                    for (int r = 0; r < perItem; r++) {
                        boolean correct = random.nextDouble() < 0.85;
                        long presentationId = studyId++;
                        long logId = studyId++;
                        presentation.write(presentationId + ",b" + presentationId + "," + account + "," + q.id() + ","
                                + q.revisionId() + ",REVIEW," + ts(at) + ",true,false\n");
                        Instant answered = at.plusSeconds(5 + random.nextInt(60));
                        stability = correct ? Math.min(365, stability * 2.5) : Math.max(0.5, stability / 3);
                        lapses += correct ? 0 : 1;
                        Instant due = answered.plus(Duration.ofDays(Math.max(1, Math.round(stability))));
                        log.write(logId + "," + presentationId + "," + account + "," + q.id() + "," + q.revisionId()
                                + "," + ts(at) + "," + ts(answered) + "," + answered.atZone(ZoneOffset.UTC)
                                        .toLocalDate()
                                + "," + (5_000 + random.nextInt(55_000)) + ",{},NOT_STATED," + correct + ","
                                + (correct ? "GOOD" : "AGAIN") + ",false," + (r == 0) + "," + ts(due) + "," + MAIN
                                + ",0.9\n");
                        written++;
                        at = due.isAfter(now) ? now.minusSeconds(random.nextInt(1, 86_400)) : due;
                    }
                    long days = Math.max(1, Math.round(stability));
                    state.write(studyId++ + "," + account + "," + q.id() + ",REVIEW,0," + stability + ","
                            + (3 + random.nextDouble() * 5) + ",2.5," + days + "," + ts(at.plus(Duration.ofDays(days)))
                            + "," + ts(at) + "," + perItem + "," + lapses + "\n");
                }
            }
        }
        System.out.printf("  %,d reviews written to CSV; importing%n", written);
        importCsv("PRESENTATION", "ID,TOKEN,ACCOUNT_ID,QUESTION_ID,REVISION_ID,QUEUE_REASON,PRESENTED_AT,ANSWERED,"
                + "SUPERSEDED", presentations);
        importCsv("REVIEW_LOG", "ID,PRESENTATION_ID,ACCOUNT_ID,QUESTION_ID,REVISION_ID,PRESENTED_AT,ANSWERED_AT,"
                + "STUDY_DAY,RESPONSE_MS,RESPONSE,CONFIDENCE,CORRECT,RATING,CONFIDENTLY_WRONG,FIRST_REVIEW,DUE_AFTER,"
                + "PROGRAMME_KEY,DESIRED_RETENTION", logs);
        importCsv("MEMORY_STATE", "ID,ACCOUNT_ID,QUESTION_ID,PHASE,STEP,STABILITY,DIFFICULTY,EASE,SCHEDULED_DAYS,"
                + "DUE_AT,LAST_REVIEW_AT,REVIEW_COUNT,LAPSES", states);
        for (Path file : List.of(presentations, logs, states)) {
            Files.delete(file);
        }
        return written;
    }

    private static String ts(Instant instant) {
        return Timestamp.from(instant).toString();
    }

    private void importCsv(String table, String columns, Path file) throws SQLException {
        long t0 = System.nanoTime();
        try (java.sql.CallableStatement call = db.prepareCall(
                "CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, NULL, NULL, NULL, 0)")) {
            call.setString(1, table);
            call.setString(2, columns);
            call.setString(3, file.toString());
            call.execute();
        }
        db.commit();
        System.out.printf("  %s imported in %.0f s%n", table, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Certificates of the main programme for 60% of the trainees who studied (issued 0-30 months ago, valid 24
     * months, so some expired and some expiring), of the second for 35%; one in a hundred revoked.
     */
    private int certificates(List<Long> trainees, String keyId) throws SQLException {
        int count = 0;
        try (PreparedStatement attempt = db.prepareStatement("INSERT INTO assessment_attempt (id, token, account_id, "
                + "programme_key, kind, curriculum_version, pass_mark, all_safety_critical, started_at, "
                + "time_limit_minutes, submitted_at, correct_count, item_count, passed) "
                + "VALUES (?, ?, ?, ?, 'FINAL', 'bench', 0.8, TRUE, ?, NULL, ?, 27, 27, TRUE)");
                PreparedStatement certificate = db.prepareStatement("INSERT INTO certificate (id, code, account_id, "
                        + "programme_key, attempt_id, holder_name, programme_title, issued_on, expires_on, "
                        + "issued_at, key_id, signed_file, revoked_at, revoked_by, revocation_reason) VALUES (?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, 'benchmark data: not a signed file', ?, ?, ?)")) {
            for (int t = 0; t < trainees.size(); t++) {
                if (t % 8 == 0) {
                    continue;
                }
                for (String programme : List.of(MAIN, SECOND)) {
                    double share = programme.equals(MAIN) ? 0.6 : 0.35;
                    if (random.nextDouble() >= share) {
                        continue;
                    }
                    int months = programme.equals(MAIN) ? 24 : 12;
                    LocalDate issued = LocalDate.now(ZoneOffset.UTC).minusDays(random.nextInt(1, months * 38));
                    Instant issuedAt = issued.atTime(10, 0).toInstant(ZoneOffset.UTC);
                    long attemptId = certificationId++;
                    attempt.setLong(1, attemptId);
                    attempt.setString(2, "bench-attempt-" + attemptId);
                    attempt.setLong(3, trainees.get(t));
                    attempt.setString(4, programme);
                    attempt.setTimestamp(5, Timestamp.from(issuedAt.minusSeconds(1800)));
                    attempt.setTimestamp(6, Timestamp.from(issuedAt));
                    attempt.addBatch();
                    long id = certificationId++;
                    certificate.setLong(1, id);
                    certificate.setString(2, "BENCH-%07d".formatted(id));
                    certificate.setLong(3, trainees.get(t));
                    certificate.setString(4, programme);
                    certificate.setLong(5, attemptId);
                    certificate.setString(6, "Staff Member %05d".formatted(t + 1));
                    certificate.setString(7, programme.equals(MAIN) ? "Ketamine Pharmacology and Safety"
                            : "Ketamine Safety Refresher (benchmark)");
                    certificate.setDate(8, Date.valueOf(issued));
                    certificate.setDate(9, Date.valueOf(issued.plusMonths(months)));
                    certificate.setTimestamp(10, Timestamp.from(issuedAt));
                    certificate.setString(11, keyId);
                    boolean revoked = random.nextInt(100) == 0;
                    certificate.setTimestamp(12, revoked ? Timestamp.from(issuedAt.plus(Duration.ofDays(30))) : null);
                    certificate.setString(13, revoked ? "bench-admin" : null);
                    certificate.setString(14, revoked ? "Generated revocation" : null);
                    certificate.addBatch();
                    count++;
                }
                if (count % BATCH == 0) {
                    attempt.executeBatch();
                    certificate.executeBatch();
                }
            }
            attempt.executeBatch();
            certificate.executeBatch();
        }
        db.commit();
        return count;
    }

    /**
     * Both programmes assigned to every trainee: the main one by a yearly fixed date, the second one rolling, 30
     * days after the last certificate's expiry.
     */
    private int assignments(List<Long> trainees) throws SQLException {
        long yearly = complianceId++;
        long rolling = complianceId++;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO assignment (id, programme_key, role, "
                + "department_id, schedule_kind, fixed_date, yearly, days, anchor, created_at, created_by, version) "
                + "VALUES (?, ?, 'TRAINEE', NULL, ?, ?, ?, ?, ?, ?, 'bench-admin', 0)")) {
            insert.setLong(1, yearly);
            insert.setString(2, MAIN);
            insert.setString(3, "FIXED_DATE");
            insert.setDate(4, Date.valueOf(LocalDate.now(ZoneOffset.UTC).withDayOfYear(1).plusMonths(3)));
            insert.setBoolean(5, true);
            insert.setObject(6, null, java.sql.Types.INTEGER);
            insert.setString(7, null);
            insert.setTimestamp(8, Timestamp.from(now.minus(Duration.ofDays(500))));
            insert.executeUpdate();
            insert.setLong(1, rolling);
            insert.setString(2, SECOND);
            insert.setString(3, "ROLLING");
            insert.setDate(4, null);
            insert.setBoolean(5, false);
            insert.setInt(6, 30);
            insert.setString(7, "EXPIRY");
            insert.executeUpdate();
        }
        int count = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO person_assignment (id, assignment_id, "
                + "account_id, programme_key, opened_at) VALUES (?, ?, ?, ?, ?)")) {
            for (long trainee : trainees) {
                for (long assignment : List.of(yearly, rolling)) {
                    insert.setLong(1, complianceId++);
                    insert.setLong(2, assignment);
                    insert.setLong(3, trainee);
                    insert.setString(4, assignment == yearly ? MAIN : SECOND);
                    insert.setTimestamp(5, Timestamp.from(now.minus(Duration.ofDays(random.nextInt(30, 500)))));
                    insert.addBatch();
                    count++;
                }
                if (count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        return count;
    }

    /** Moves an id_sequence row past the ids written here, so the server's allocations start after them. */
    private void moveSequence(String name, long nextFree) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE id_sequence SET seq_count = ? WHERE seq_name = ?")) {
            update.setLong(1, nextFree + 1000);
            update.setString(2, name);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no id_sequence row " + name);
            }
        }
    }

}
