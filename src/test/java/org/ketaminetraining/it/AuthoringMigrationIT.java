package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.TestBanks;
import org.ketaminetraining.bank.fingerprint.ContentFingerprint;
import org.ketaminetraining.bank.fingerprint.MetadataFingerprint;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.service.BankWriter;
import org.ketaminetraining.bank.service.QuestionDocument;
import org.ketaminetraining.bank.service.StoredBankBackfill;
import org.ketaminetraining.bank.service.authoring.QuestionList;
import org.ketaminetraining.bank.service.authoring.QuestionPage;
import org.ketaminetraining.bank.service.authoring.QuestionQuery;
import org.ketaminetraining.bank.service.authoring.QuestionRow;
import org.ketaminetraining.bank.service.authoring.QuestionStatus;
import org.ketaminetraining.bank.store.ListColumns;

/**
 * Migration V7 on a database that already holds a bank (stored by V6's schema), on Derby and PostgreSQL: SQL fills
 * the list columns it can (type, safety-critical, last changed), the start-up backfill fills the rest from the
 * stored content (tags, search text, preview, every revision's metadata fingerprint), and then an import of the
 * same files changes nothing, where without the fingerprints it would revise every question. The question list's
 * native SQL runs on both databases here too.
 */
class AuthoringMigrationIT {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    @Test
    void derbyFillsTheNewColumnsOfABankStoredBeforeV7() throws SQLException {
        Path dir = Path.of("target", "migration-derby-" + System.nanoTime()).toAbsolutePath();
        String url = "jdbc:derby:" + dir + ";create=true";
        migrateAFilledDatabase(new SimpleDataSource(url, null, null), Map.of("jakarta.persistence.jdbc.url", url));
    }

    @Test
    void postgresqlFillsTheNewColumnsOfABankStoredBeforeV7() throws SQLException {
        String url = System.getProperty("kt.test.pg.url", "jdbc:postgresql://localhost:5432/ketamine_test");
        String user = System.getProperty("kt.test.pg.user", "ketamine_test");
        String password = System.getProperty("kt.test.pg.password", "ketamine_test");
        String schema = "migration_" + Long.toString(System.nanoTime(), 36);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL is not reachable at " + url + " as " + user + " (" + e.getMessage()
                    + "); .ci/run installs and starts it. Skipping the PostgreSQL migration test.");
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            migrateAFilledDatabase(new SimpleDataSource(schemaUrl, user, password), Map.of(
                    "jakarta.persistence.jdbc.url", schemaUrl, "jakarta.persistence.jdbc.user", user,
                    "jakarta.persistence.jdbc.password", password));
        } finally {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private void migrateAFilledDatabase(SimpleDataSource dataSource, Map<String, String> jdbc) throws SQLException {
        flyway(dataSource, "6").migrate();
        BankSnapshot bank = TestBanks.valid();
        List<Question> questions = bank.questions();
        try (Connection c = dataSource.getConnection()) {
            storeAsV6Did(c, bank);
        }
        flyway(dataSource, "latest").migrate();

        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT question_key, question_type, safety_critical, last_changed, "
                        + "tags, search_text, pending_export FROM bank_question ORDER BY question_key")) {
            int rows = 0;
            while (r.next()) {
                Question q = bank.question(r.getString(1)).orElseThrow();
                assertThat(r.getString(2)).isEqualTo(q.type().name());
                assertThat(r.getBoolean(3)).isEqualTo(q.isSafetyCritical());
                assertThat(r.getTimestamp(4).toInstant()).isEqualTo(T0);
                assertThat(r.getString(5)).as("not computable in SQL").isNull();
                assertThat(r.getString(6)).isNull();
                assertThat(r.getBoolean(7)).isFalse();
                rows++;
            }
            assertThat(rows).isEqualTo(questions.size());
        }

        Map<String, Object> properties = new HashMap<>(jdbc);
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("eclipselink.logging.level", "WARNING");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("ketamine-training", properties);
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            assertThat(new StoredBankBackfill(em).fillNextBatch()).isEqualTo(2 * questions.size());
            em.getTransaction().commit();
            em.getTransaction().begin();
            assertThat(new StoredBankBackfill(em).fillNextBatch()).as("nothing left: a later start does nothing")
                    .isZero();
            em.getTransaction().commit();
            em.close();

            EntityManager read = factory.createEntityManager();
            for (Question q : questions) {
                Object[] row = read.createQuery("select q.tags, q.searchText, q.stemPreview, r.metadataFingerprint "
                        + "from StoredQuestion q, QuestionRevision r where r.question = q and r.revisionNumber = "
                        + "q.currentRevision and q.questionKey = :k", Object[].class).setParameter("k", q.id())
                        .getSingleResult();
                ListColumns expected = ListColumns.of(q);
                assertThat(row[0]).isEqualTo(expected.tags());
                assertThat(row[1]).isEqualTo(expected.searchText());
                assertThat(row[2]).isEqualTo(expected.stemPreview());
                assertThat(row[3]).isEqualTo(MetadataFingerprint.of(q));
            }
            listQueriesRun(read, bank);
            BankWriter.Preview again = new BankWriter(read).preview(bank, java.time.ZoneOffset.UTC);
            assertThat(again.refused()).isFalse();
            assertThat(again.plan().isEmpty()).as("the same files change nothing after the backfill").isTrue();
            read.close();
        } finally {
            factory.close();
        }
    }

    /** The question list's native SQL on this database: every filter, a sort with its tie-break, paging. */
    private static void listQueriesRun(EntityManager em, BankSnapshot bank) {
        QuestionList list = new QuestionList(em);
        int all = bank.questions().size();
        QuestionPage first = list.page(new QuestionQuery(null, "", null, "", null, null, QuestionQuery.Sort.STATUS,
                true, 0, 2));
        assertThat(first.total()).isEqualTo(all);
        assertThat(first.rows()).hasSize(2);
        assertThat(list.page(new QuestionQuery(null, "", null, "", null, null, QuestionQuery.Sort.LAST_CHANGED,
                false, 2, 50)).rows()).hasSize(all - 2);
        Question target = bank.questions().get(1);
        String word = ListColumns.of(target).searchText().split(" ")[1];
        QuestionPage found = list.page(new QuestionQuery(null, word.toUpperCase(java.util.Locale.ROOT) + " "
                + ListColumns.of(target).searchText().split(" ")[0], null, "", QuestionStatus.PUBLISHED, null,
                QuestionQuery.Sort.ID, false, 0, 50));
        assertThat(found.rows()).extracting(QuestionRow::questionKey).contains(target.id());
        long safety = bank.questions().stream().filter(Question::isSafetyCritical).count();
        assertThat(list.page(new QuestionQuery(null, "", null, "safety-critical", null, null, QuestionQuery.Sort.ID,
                false, 0, 50)).total()).isEqualTo(safety).isPositive();
        assertThat(list.page(new QuestionQuery(null, "", null, "", null, Boolean.TRUE, QuestionQuery.Sort.TYPE,
                false, 0, 50)).total()).isEqualTo(safety);
        assertThat(list.page(new QuestionQuery("dosing", "100%_", target.type(), "", QuestionStatus.RETIRED, null,
                QuestionQuery.Sort.ID, false, 0, 50)).total()).as("LIKE's wildcards are escaped").isZero();
    }

    private static Flyway flyway(SimpleDataSource dataSource, String target) {
        return Flyway.configure(AuthoringMigrationIT.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").target(target).load();
    }

    /** One import, every question at revision 1, with exactly the columns V2 and V6 had. */
    private static void storeAsV6Did(Connection c, BankSnapshot bank) throws SQLException {
        Timestamp at = Timestamp.from(T0);
        try (PreparedStatement i = c.prepareStatement("INSERT INTO bank_import (id, started_at, actor, source, "
                + "outcome, files, questions, added, revised, retired, unchanged, problem_count) "
                + "VALUES (1, ?, 'system', '/questions', 'APPLIED', 3, ?, ?, 0, 0, 0, 0)")) {
            i.setTimestamp(1, at);
            i.setInt(2, bank.questions().size());
            i.setInt(3, bank.questions().size());
            i.executeUpdate();
        }
        long id = 10;
        for (Question q : bank.questions()) {
            String module = bank.moduleOf(q.id()).orElseThrow().id();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO bank_question (id, question_key, module_key, "
                    + "current_revision, retired, created_at) VALUES (?, ?, ?, 1, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, q.id());
                s.setString(3, module);
                s.setBoolean(4, false);
                s.setTimestamp(5, at);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO question_revision (id, question_id, "
                    + "revision_number, fingerprint, question_type, safety_critical, module_key, content, import_id, "
                    + "created_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, 1, ?)")) {
                s.setLong(1, id + 1);
                s.setLong(2, id);
                s.setString(3, ContentFingerprint.of(q));
                s.setString(4, q.type().name());
                s.setBoolean(5, q.isSafetyCritical());
                s.setString(6, module);
                s.setString(7, QuestionDocument.write(bank.moduleOf(q.id()).orElseThrow(), q));
                s.setTimestamp(8, at);
                s.executeUpdate();
            }
            id += 2;
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE id_sequence SET seq_count = " + (id + 1000) + " WHERE seq_name = 'bank'");
        }
    }
}
