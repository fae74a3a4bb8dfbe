package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.TestBanks;
import org.ketaminetraining.bank.bench.GeneratedBank;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.service.BankWriter;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.ListColumns;
import org.ketaminetraining.bank.store.QuestionDraft;
import org.ketaminetraining.bank.store.QuestionRevision;
import org.ketaminetraining.bank.store.StoredModule;
import org.ketaminetraining.bank.store.StoredQuestion;
import org.ketaminetraining.bank.yaml.ModuleFileParser;
import org.ketaminetraining.bank.yaml.SourceFile;
import org.ketaminetraining.certification.store.AssessmentAttempt;
import org.ketaminetraining.certification.store.AttemptItem;
import org.ketaminetraining.certification.store.AttemptReset;
import org.ketaminetraining.certification.store.IssuedCertificate;
import org.ketaminetraining.certification.store.SigningKeyRow;
import org.ketaminetraining.certification.store.TimeExtension;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.model.Account;
import org.ketaminetraining.people.model.AuditEvent;
import org.ketaminetraining.people.model.Department;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Phase;
import org.ketaminetraining.startup.DatabaseMigrator;
import org.ketaminetraining.study.store.LearnerProfile;
import org.ketaminetraining.study.store.MemoryStateRow;
import org.ketaminetraining.study.store.Presentation;
import org.ketaminetraining.study.store.ReviewLogEntry;
import org.ketaminetraining.study.store.SchedulingParameterSet;
import org.ketaminetraining.insight.store.FittingJob;
import org.ketaminetraining.study.store.StudyRefresher;

/**
 * The same migrations and persistence unit on both supported databases: Flyway builds the schema from nothing,
 * then every entity is written and read back field by field through EclipseLink. PostgreSQL is the real server
 * that .ci/run installs; where none is reachable that test is skipped with a message saying so.
 */
class EntityRoundTripIT {

    private static final Instant T0 = Instant.parse("2026-11-27T10:15:30.123Z");

    @Test
    void derbyRunsTheMigrationsAndRoundTripsEveryEntity() throws SQLException {
        Path dir = Path.of("target", "roundtrip-derby-" + System.nanoTime()).toAbsolutePath();
        String url = "jdbc:derby:" + dir + ";create=true";
        migrateAndRoundTrip(new SimpleDataSource(url, null, null), Map.of("jakarta.persistence.jdbc.url", url));
    }

    @Test
    void postgresqlRunsTheMigrationsAndRoundTripsEveryEntity() throws SQLException {
        String url = System.getProperty("kt.test.pg.url", "jdbc:postgresql://localhost:5432/ketamine_test");
        String user = System.getProperty("kt.test.pg.user", "ketamine_test");
        String password = System.getProperty("kt.test.pg.password", "ketamine_test");
        String schema = "roundtrip_" + Long.toString(System.nanoTime(), 36);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL is not reachable at " + url + " as " + user + " (" + e.getMessage()
                    + "); .ci/run installs and starts it. Skipping the PostgreSQL round trip.");
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            migrateAndRoundTrip(new SimpleDataSource(schemaUrl, user, password), Map.of(
                    "jakarta.persistence.jdbc.url", schemaUrl, "jakarta.persistence.jdbc.user", user,
                    "jakarta.persistence.jdbc.password", password));
        } finally {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private void migrateAndRoundTrip(SimpleDataSource dataSource, Map<String, String> jdbc) {
        MigrateResult result = DatabaseMigrator.configure(dataSource).migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
        // A second run finds nothing to do: migrations are idempotent at start-up.
        assertThat(DatabaseMigrator.configure(dataSource).migrate().migrationsExecuted).isZero();

        Map<String, Object> properties = new HashMap<>(jdbc);
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("eclipselink.logging.level", "WARNING");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("ketamine-training", properties);
        try {
            roundTrip(factory);
            importBank(factory);
        } finally {
            factory.close();
        }
    }

    /**
     * The import's writer on this database: new questions go in through JDBC batches beside EclipseLink's own
     * writes (a revised question, modules, the import record) in one transaction, with ids from the same sequence
     * row; every revision reads back as the question it stores, and a second import changes nothing.
     */
    private static void importBank(EntityManagerFactory factory) {
        BankSnapshot bank = TestBanks.valid();
        Instant now = T0.plusSeconds(3600);
        // The round trip left dose-001 changed in the browser and not exported, and dose-002 being written there:
        // files that hold other content for the one and name the other are refused, naming both.
        EntityManager check = factory.createEntityManager();
        try {
            BankWriter.Preview refused = new BankWriter(check).preview(bank, java.time.ZoneOffset.UTC);
            assertThat(refused.refused()).isTrue();
            assertThat(refused.conflicts().problems()).hasSize(2);
            assertThat(refused.conflicts().problems().get(0)).startsWith("question dose-001: revision 1 was "
                    + "published in the browser");
            assertThat(refused.conflicts().problems().get(1)).startsWith("question dose-002 is being written");
            check.getTransaction().begin();
            check.createQuery("delete from QuestionDraft d").executeUpdate();
            check.createQuery("delete from StoredQuestion q where q.currentRevision = 0").executeUpdate();
            check.createQuery("update StoredQuestion q set q.pendingExport = false").executeUpdate();
            check.getTransaction().commit();
        } finally {
            check.close();
        }
        BankImport first = applyInOneTransaction(factory, bank, now);
        // dose-001 was stored by the round trip above with other content: it gets revision 2; the rest are new.
        assertThat(first.getRevised()).isEqualTo(1);
        assertThat(first.getAdded()).isEqualTo(bank.questions().size() - 1).isPositive();

        assertStoredAsIn(factory, bank, first.getId(), now);
        assertIdsAreUnique(factory);

        BankImport second = applyInOneTransaction(factory, bank, now.plusSeconds(60));
        assertThat(second.getAdded()).isZero();
        assertThat(second.getRevised()).isZero();
        assertThat(second.getUnchanged()).isEqualTo(bank.questions().size());

        // More new questions than one multi-row INSERT holds (50), and a remainder: both statement shapes.
        Path generatedDir = Path.of("target", "roundtrip-bank-" + System.nanoTime()).toAbsolutePath();
        try {
            GeneratedBank.write(generatedDir, 137);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        BankSnapshot generated = BankLoader.load(generatedDir).snapshot().orElseThrow();
        BankImport third = applyInOneTransaction(factory, generated, now.plusSeconds(120));
        assertThat(third.getAdded()).isEqualTo(137);
        assertThat(third.getRetired()).isEqualTo(bank.questions().size());
        assertStoredAsIn(factory, generated, third.getId(), now.plusSeconds(120));
        assertIdsAreUnique(factory);

        // Enough entities for EclipseLink to take a fresh block of 500 ids after the JDBC blocks: still no overlap.
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            for (int i = 0; i < 600; i++) {
                em.persist(new StoredModule("id-block-" + i, "Module " + i, null));
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        assertIdsAreUnique(factory);
    }

    /** Every question of {@code bank} is stored, current, and its revision reads back as the question. */
    private static void assertStoredAsIn(EntityManagerFactory factory, BankSnapshot bank, long importId,
            Instant importedAt) {
        EntityManager read = factory.createEntityManager();
        try {
            for (Question question : bank.questions()) {
                StoredQuestion stored = read.createQuery("select q from StoredQuestion q where q.questionKey = :key",
                        StoredQuestion.class).setParameter("key", question.id()).getSingleResult();
                QuestionRevision current = read.createQuery("select r from QuestionRevision r where r.question = :q "
                        + "and r.revisionNumber = r.question.currentRevision", QuestionRevision.class)
                        .setParameter("q", stored).getSingleResult();
                String module = bank.moduleOf(question.id()).orElseThrow().id();
                assertThat(stored.getModuleKey()).isEqualTo(module);
                assertThat(stored.isRetired()).isFalse();
                assertThat(current.getFingerprint()).isEqualTo(bank.fingerprint(question.id()).orElseThrow());
                assertThat(current.getBankImport().getId()).isEqualTo(importId);
                assertThat(current.getCreatedAt()).isEqualTo(importedAt);
                assertThat(current.isSafetyCritical()).isEqualTo(question.isSafetyCritical());
                assertThat(ModuleFileParser.parse(new SourceFile("revision", current.getContent()), module,
                        Optional.empty()).module().orElseThrow().questions()).containsExactly(question);
                if (!question.id().equals("dose-001")) {
                    assertThat(stored.getCurrentRevision()).isEqualTo(1);
                    assertThat(stored.getCreatedAt()).isEqualTo(importedAt);
                }
            }
        } finally {
            read.close();
        }
    }

    /** JDBC-allocated and EclipseLink-allocated ids never meet: every bank row has its own. */
    private static void assertIdsAreUnique(EntityManagerFactory factory) {
        EntityManager read = factory.createEntityManager();
        try {
            long rows = read.createQuery("select count(q) from StoredQuestion q", Long.class).getSingleResult()
                    + read.createQuery("select count(r) from QuestionRevision r", Long.class).getSingleResult()
                    + read.createQuery("select count(m) from StoredModule m", Long.class).getSingleResult()
                    + read.createQuery("select count(i) from BankImport i", Long.class).getSingleResult();
            Set<Long> ids = new java.util.HashSet<>();
            ids.addAll(read.createQuery("select q.id from StoredQuestion q", Long.class).getResultList());
            ids.addAll(read.createQuery("select r.id from QuestionRevision r", Long.class).getResultList());
            ids.addAll(read.createQuery("select m.id from StoredModule m", Long.class).getResultList());
            ids.addAll(read.createQuery("select i.id from BankImport i", Long.class).getResultList());
            assertThat(ids).hasSize((int) rows);
        } finally {
            read.close();
        }
    }

    private static BankImport applyInOneTransaction(EntityManagerFactory factory, BankSnapshot bank, Instant now) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            BankImport record = new BankImport(now, "rt.admin", "/questions", BankImport.Outcome.APPLIED,
                    bank.modules().size(), bank.questions().size());
            em.persist(record);
            new BankWriter(em).apply(bank, record, now);
            em.getTransaction().commit();
            return record;
        } finally {
            em.close();
        }
    }

    private static void roundTrip(EntityManagerFactory factory) {
        long accountId;
        long auditId;
        long importId;
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            Department ed = new Department("ed", "Emergency Department", T0);
            Department icu = new Department("icu", "Intensive Care", T0.plusSeconds(1));
            em.persist(ed);
            em.persist(icu);
            Account account = new Account("rt.user", "Round Trip", "rt@hospital.org", T0);
            account.setRoles(Set.of(Role.TRAINEE, Role.MANAGER));
            account.setDepartments(Set.of(ed, icu));
            account.setManagedDepartments(Set.of(icu));
            account.setPasswordHash("pbkdf2-sha256$210000$c2FsdA$aGFzaA", true);
            account.recordFailedSignIn(3, T0.plus(15, ChronoUnit.MINUTES));
            account.lock(T0.plus(20, ChronoUnit.MINUTES));
            account.recordSignIn(T0.plus(5, ChronoUnit.MINUTES), "2001:db8:0:0:0:0:0:0/64");
            em.persist(account);
            AuditEvent event = new AuditEvent(T0, "rt.admin", "account.create", "rt.user", "detail text");
            em.persist(event);
            BankImport bankImport = new BankImport(T0, "rt.admin", "/questions", BankImport.Outcome.APPLIED, 11, 1);
            bankImport.recordChanges(1, 0, 0, 0);
            bankImport.recordProblems(0, null);
            bankImport.recordCurriculum("format: 1");
            em.persist(bankImport);
            em.persist(new StoredModule("dosing", "Dosing", "All about doses"));
            StoredQuestion question = new StoredQuestion("dose-001", "dosing", T0);
            em.persist(question);
            question.publish(1, "dosing");
            question.describe(new ListColumns("NUMERIC", true, " safety-critical dosing ", "what dose", "What dose?"));
            question.changedAt(T0.plusSeconds(2));
            question.markPendingExport();
            QuestionRevision revision = new QuestionRevision(question, 1, "f".repeat(64), "NUMERIC", true, "dosing",
                    "format: 1\nquestions: []", bankImport, T0);
            revision.recordMetadataFingerprint("e".repeat(64));
            revision.recordReview(List.of("rt.author", "rt.other"), "Clear now", "rt.reviewer");
            em.persist(revision);
            BankImport web = BankImport.web(T0.plusSeconds(3), "rt.reviewer", "web review of dose-001", 1,
                    "format: 1");
            web.recordChanges(0, 1, 0, 0);
            em.persist(web);
            StoredQuestion newOne = new StoredQuestion("dose-002", "dosing", T0);
            em.persist(newOne);
            QuestionDraft draft = new QuestionDraft(newOne, 0, "draft-format: 1", "rt.author", T0);
            em.persist(draft);
            em.flush();
            draft.save("draft-format: 1\nid: \"dose-002\"", "rt.other", T0.plusSeconds(4));
            draft.submit("rt.other", T0.plusSeconds(5));
            em.flush();
            em.persist(new LearnerProfile(account.getId(), "ketamine-clinical-safety", 12, "Europe/London", false, T0));
            Presentation shown = new Presentation("t".repeat(43), account.getId(), question.getId(),
                    revision.getId(), "NEW", T0);
            em.persist(shown);
            em.flush();
            shown.markAnswered();
            em.persist(new ReviewLogEntry(new ReviewLogEntry.Facts(shown.getId(), account.getId(), question.getId(),
                    revision.getId(), T0, T0.plusSeconds(7), LocalDate.of(2026, 3, 1), 7000, "12.5", "HIGH", true,
                    "GOOD", false, true, T0.plus(10, ChronoUnit.MINUTES), "ketamine-clinical-safety", 0.95,
                    "fit-1-ketamine-clinical-safety")));
            double[] weights = org.ketaminetraining.scheduling.fsrs.FsrsParameters.DEFAULT.weights();
            weights[0] = 0.1234567890123;
            SchedulingParameterSet set = new SchedulingParameterSet("ketamine-clinical-safety",
                    org.ketaminetraining.scheduling.fsrs.FsrsParameters.of("fit-1-ketamine-clinical-safety", weights),
                    "fsrs6-default", new SchedulingParameterSet.Judgement(200_000, 130_000, 32_000, 0.365, 0.364,
                            0.018, Double.NaN, "Better on held-out reviews."),
                    T0, "rt.admin");
            em.persist(set);
            set.activate(T0.plusSeconds(8));
            FittingJob job = new FittingJob("ketamine-clinical-safety", "rt.admin", T0);
            em.persist(job);
            job.advance(0.42, "Fitting to 200,000 reviews");
            job.finish(FittingJob.State.DONE, T0.plusSeconds(9), "fit-1-ketamine-clinical-safety", "Applied.");
            em.persist(new MemoryStateRow(account.getId(), question.getId(), new CardState(Phase.LEARNING, 1, 2.3065,
                    2.118, 0, 0, T0.plus(10, ChronoUnit.MINUTES), T0.plusSeconds(7), 1, 0)));
            em.persist(new StudyRefresher(account.getId(), question.getId(), StudyRefresher.Reason.ASSESSMENT_MISS,
                    T0.plusSeconds(9)));
            em.persist(new SigningKeyRow("0123456789abcdef", "PUBLIC PEM", "PRIVATE PEM", T0));
            AssessmentAttempt attempt = new AssessmentAttempt("a".repeat(43), account.getId(),
                    "ketamine-clinical-safety", AssessmentAttempt.Kind.RENEWAL, "2026.1", 0.8, true, T0,
                    Optional.of(60), 1);
            em.persist(attempt);
            em.flush();
            AttemptItem item = new AttemptItem(attempt.getId(), 1, question.getId(), revision.getId(), "dosing", true);
            item.saveResponse("12.5", T0.plusSeconds(30));
            item.setFlagged(true);
            item.grade(true);
            em.persist(item);
            attempt.extendBy(15);
            attempt.recordResult(T0.plusSeconds(40), 1, true);
            em.persist(new TimeExtension(account.getId(), "ketamine-clinical-safety", 15, "rt.manager", T0));
            em.persist(new AttemptReset(account.getId(), "ketamine-clinical-safety", T0.plusSeconds(60), "rt.manager",
                    "Studied again"));
            IssuedCertificate certificate = new IssuedCertificate(new IssuedCertificate.Facts("ABCDEFGHJKMNPQRSTVWX",
                    account.getId(), "ketamine-clinical-safety", attempt.getId(), "Zoë Round Trip",
                    "Ketamine Pharmacology and Safety", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 3, 1),
                    T0.plusSeconds(40), "0123456789abcdef", "{\"signed\":\"" + "x".repeat(5000) + "\"}"));
            em.persist(certificate);
            em.flush();
            certificate.revoke(T0.plusSeconds(50), "rt.manager", "Wrong person");
            em.getTransaction().commit();
            accountId = account.getId();
            auditId = event.getId();
            importId = bankImport.getId();
        } finally {
            em.close();
        }

        EntityManager read = factory.createEntityManager();
        try {
            Account a = read.find(Account.class, accountId);
            assertThat(a.getUsername()).isEqualTo("rt.user");
            assertThat(a.getDisplayName()).isEqualTo("Round Trip");
            assertThat(a.getEmail()).isEqualTo("rt@hospital.org");
            assertThat(a.getPasswordHash()).isEqualTo("pbkdf2-sha256$210000$c2FsdA$aGFzaA");
            assertThat(a.isMustChangePassword()).isTrue();
            assertThat(a.isEnabled()).isTrue();
            assertThat(a.getFailedSignIns()).isEqualTo(3);
            assertThat(a.getFailuresSince()).isEqualTo(T0.plus(15, ChronoUnit.MINUTES));
            assertThat(a.getLockedAt()).isEqualTo(T0.plus(20, ChronoUnit.MINUTES));
            assertThat(a.getLastSignInAt()).isEqualTo(T0.plus(5, ChronoUnit.MINUTES));
            assertThat(a.getLastSignInFrom()).isEqualTo("2001:db8:0:0:0:0:0:0/64");
            assertThat(a.getCreatedAt()).isEqualTo(T0);
            assertThat(a.getRoles()).containsExactlyInAnyOrder(Role.TRAINEE, Role.MANAGER);
            assertThat(a.getDepartments()).extracting(Department::getCode).containsExactlyInAnyOrder("ed", "icu");
            assertThat(a.getManagedDepartments()).extracting(Department::getName).containsExactly("Intensive Care");
            Department icu = a.getManagedDepartments().iterator().next();
            assertThat(icu.getCreatedAt()).isEqualTo(T0.plusSeconds(1));
            AuditEvent e = read.find(AuditEvent.class, auditId);
            assertThat(e.getOccurredAt()).isEqualTo(T0);
            assertThat(e.getActor()).isEqualTo("rt.admin");
            assertThat(e.getAction()).isEqualTo("account.create");
            assertThat(e.getSubject()).isEqualTo("rt.user");
            assertThat(e.getDetail()).isEqualTo("detail text");
            BankImport i = read.find(BankImport.class, importId);
            assertThat(i.getOutcome()).isEqualTo(BankImport.Outcome.APPLIED);
            assertThat(i.getStartedAt()).isEqualTo(T0);
            assertThat(i.getFiles()).isEqualTo(11);
            assertThat(i.getAdded()).isEqualTo(1);
            assertThat(i.getCurriculum()).isEqualTo("format: 1");
            StoredModule m = read.createQuery("select m from StoredModule m where m.moduleKey = 'dosing'",
                    StoredModule.class).getSingleResult();
            assertThat(m.getTitle()).isEqualTo("Dosing");
            assertThat(m.getDescription()).isEqualTo("All about doses");
            assertThat(m.isRetired()).isFalse();
            QuestionRevision r = read.createQuery("select r from QuestionRevision r where r.question.questionKey = "
                    + "'dose-001'", QuestionRevision.class).getSingleResult();
            assertThat(r.getRevisionNumber()).isEqualTo(1);
            assertThat(r.getFingerprint()).isEqualTo("f".repeat(64));
            assertThat(r.getQuestionType()).isEqualTo("NUMERIC");
            assertThat(r.isSafetyCritical()).isTrue();
            assertThat(r.getContent()).isEqualTo("format: 1\nquestions: []");
            assertThat(r.getBankImport().getId()).isEqualTo(importId);
            assertThat(r.getQuestion().getCurrentRevision()).isEqualTo(1);
            assertThat(r.getQuestion().getCreatedAt()).isEqualTo(T0);
            assertThat(r.getMetadataFingerprint()).isEqualTo("e".repeat(64));
            assertThat(r.getAuthors()).containsExactly("rt.author", "rt.other");
            assertThat(r.getReviewComment()).contains("Clear now");
            assertThat(r.getApprovedBy()).contains("rt.reviewer");
            assertThat(i.getKind()).isEqualTo(BankImport.Kind.FILES);
            StoredQuestion q = r.getQuestion();
            assertThat(q.getQuestionType()).isEqualTo("NUMERIC");
            assertThat(q.isSafetyCritical()).isTrue();
            assertThat(q.getTags()).isEqualTo(" safety-critical dosing ");
            assertThat(q.getSearchText()).isEqualTo("what dose");
            assertThat(q.getStemPreview()).isEqualTo("What dose?");
            assertThat(q.getLastChanged()).isEqualTo(T0.plusSeconds(2));
            assertThat(q.isPendingExport()).isTrue();
            BankImport web = read.createQuery("select i from BankImport i where i.kind = :web", BankImport.class)
                    .setParameter("web", BankImport.Kind.WEB).getSingleResult();
            assertThat(web.getSource()).isEqualTo("web review of dose-001");
            assertThat(web.getCurriculum()).isEqualTo("format: 1");
            assertThat(web.getOutcome()).isEqualTo(BankImport.Outcome.APPLIED);
            QuestionDraft draft = read.createQuery("select d from QuestionDraft d", QuestionDraft.class)
                    .getSingleResult();
            assertThat(draft.getQuestion().getQuestionKey()).isEqualTo("dose-002");
            assertThat(draft.getQuestion().isNeverPublished()).isTrue();
            assertThat(draft.getStatus()).isEqualTo(DraftStatus.IN_REVIEW);
            assertThat(draft.getContent()).isEqualTo("draft-format: 1\nid: \"dose-002\"");
            assertThat(draft.getAuthors()).containsExactly("rt.author", "rt.other");
            assertThat(draft.getVersion()).as("written twice: inserted, then saved and submitted").isEqualTo(2);
            assertThat(draft.getCreatedBy()).isEqualTo("rt.author");
            assertThat(draft.getUpdatedAt()).isEqualTo(T0.plusSeconds(5));
            assertThat(draft.getSubmittedBy()).contains("rt.other");
            assertThat(draft.getSubmittedAt()).contains(T0.plusSeconds(5));
            LearnerProfile profile = read.find(LearnerProfile.class, accountId);
            assertThat(profile.getNewItemsPerDay()).isEqualTo(12);
            assertThat(profile.getTimeZone()).isEqualTo("Europe/London");
            assertThat(profile.isKeyboardShortcuts()).isFalse();
            Presentation p = read.createQuery("select p from Presentation p", Presentation.class).getSingleResult();
            assertThat(p.getToken()).isEqualTo("t".repeat(43));
            assertThat(p.isAnswered()).isTrue();
            assertThat(p.isSuperseded()).isFalse();
            assertThat(p.getPresentedAt()).isEqualTo(T0);
            ReviewLogEntry log = read.createQuery("select r from ReviewLogEntry r", ReviewLogEntry.class)
                    .getSingleResult();
            assertThat(log.getPresentationId()).isEqualTo(p.getId());
            assertThat(log.getStudyDay()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(log.getAnsweredAt()).isEqualTo(T0.plusSeconds(7));
            assertThat(log.getResponse()).isEqualTo("12.5");
            assertThat(log.getDesiredRetention()).isEqualTo(0.95);
            assertThat(log.isFirstReview()).isTrue();
            assertThat(log.getParameterVersion()).isEqualTo("fit-1-ketamine-clinical-safety");
            SchedulingParameterSet set = read.createQuery("select p from SchedulingParameterSet p",
                    SchedulingParameterSet.class).getSingleResult();
            assertThat(set.getState()).isEqualTo(SchedulingParameterSet.State.ACTIVE);
            assertThat(set.parameters().weight(0)).isEqualTo(0.1234567890123);
            assertThat(set.parameters().version()).isEqualTo("fit-1-ketamine-clinical-safety");
            assertThat(set.getReviews()).isEqualTo(200_000);
            assertThat(set.getLogLossAfter()).isEqualTo(0.364);
            assertThat(set.getRmseBinsAfter()).as("a figure that could not be computed is stored as null").isNull();
            assertThat(set.getActivatedAt()).isEqualTo(T0.plusSeconds(8));
            FittingJob job = read.createQuery("select j from FittingJob j", FittingJob.class).getSingleResult();
            assertThat(job.getState()).isEqualTo(FittingJob.State.DONE);
            assertThat(job.getProgress()).isEqualTo(1.0);
            assertThat(job.getStage()).isEqualTo("Fitting to 200,000 reviews");
            assertThat(job.getResultVersion()).isEqualTo("fit-1-ketamine-clinical-safety");
            MemoryStateRow state = read.createQuery("select s from MemoryStateRow s", MemoryStateRow.class)
                    .getSingleResult();
            assertThat(state.toState()).isEqualTo(new CardState(Phase.LEARNING, 1, 2.3065, 2.118, 0, 0,
                    T0.plus(10, ChronoUnit.MINUTES), T0.plusSeconds(7), 1, 0));
            StudyRefresher refresher = read.createQuery("select r from StudyRefresher r", StudyRefresher.class)
                    .getSingleResult();
            assertThat(refresher.getReason()).isEqualTo(StudyRefresher.Reason.ASSESSMENT_MISS);
            assertThat(refresher.getSince()).isEqualTo(T0.plusSeconds(9));
            SigningKeyRow key = read.find(SigningKeyRow.class, "0123456789abcdef");
            assertThat(key.isActive()).isTrue();
            assertThat(key.getPrivatePem()).isEqualTo("PRIVATE PEM");
            AssessmentAttempt attempt = read.createQuery("select a from AssessmentAttempt a",
                    AssessmentAttempt.class).getSingleResult();
            assertThat(attempt.getKind()).isEqualTo(AssessmentAttempt.Kind.RENEWAL);
            assertThat(attempt.timeLimit()).contains(java.time.Duration.ofMinutes(75));
            assertThat(attempt.getSubmittedAt()).contains(T0.plusSeconds(40));
            assertThat(attempt.getPassed()).contains(true);
            assertThat(attempt.getPassMark()).isEqualTo(0.8);
            AttemptItem item = read.createQuery("select i from AttemptItem i", AttemptItem.class).getSingleResult();
            assertThat(item.getResponse()).contains("12.5");
            assertThat(item.isFlagged()).isTrue();
            assertThat(item.getCorrect()).contains(true);
            assertThat(item.getAnsweredAt()).contains(T0.plusSeconds(30));
            TimeExtension extension = read.find(TimeExtension.class,
                    new TimeExtension.Key(accountId, "ketamine-clinical-safety"));
            assertThat(extension.getExtraMinutes()).isEqualTo(15);
            AttemptReset reset = read.find(AttemptReset.class,
                    new TimeExtension.Key(accountId, "ketamine-clinical-safety"));
            assertThat(reset.getResetAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(reset.getReason()).isEqualTo("Studied again");
            IssuedCertificate certificate = read.createQuery("select c from IssuedCertificate c",
                    IssuedCertificate.class).getSingleResult();
            assertThat(certificate.getHolderName()).isEqualTo("Zoë Round Trip");
            assertThat(certificate.getExpiresOn()).isEqualTo(LocalDate.of(2028, 3, 1));
            assertThat(certificate.getSignedFile()).hasSize(5013);
            assertThat(certificate.getRevocationReason()).contains("Wrong person");
            assertThat(certificate.getRevokedAt()).contains(T0.plusSeconds(50));
        } finally {
            read.close();
        }
    }
}
