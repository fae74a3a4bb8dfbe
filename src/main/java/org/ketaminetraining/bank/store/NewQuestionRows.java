package org.ketaminetraining.bank.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Writes new questions, each with its first revision, as plain JDBC batches on the connection of the caller's
 * transaction. A first import of a large bank creates two rows per question; handed to EclipseLink as 20,000 new
 * entities, registering them and building and ordering their change sets took as long as Derby took to write them
 * (BankImportBenchmark), and none of that is needed: the rows are new, never change, and nothing in the import
 * reads them back as entities. The rows are exactly what {@link StoredQuestion} and {@link QuestionRevision}
 * would write.
 *
 * <p>Ids come from the {@link BankImport#ID_SEQUENCE} row of {@code id_sequence} by the generator's own method
 * (add to the counter, then read it, inside the transaction), so a block taken here never overlaps one that
 * EclipseLink's table generator takes for the same entities.
 */
public final class NewQuestionRows {

    /** How many rows go to the database per JDBC batch. */
    private static final int BATCH = 500;

    /** One new question and the content of its revision 1. */
    public record Row(String questionKey, String moduleKey, String fingerprint, String questionType,
                      boolean safetyCritical, String content) {
        public Row {
            Objects.requireNonNull(questionKey, "questionKey");
            Objects.requireNonNull(moduleKey, "moduleKey");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(questionType, "questionType");
            Objects.requireNonNull(content, "content");
        }
    }

    private NewQuestionRows() {
    }

    /**
     * Inserts the questions (current revision 1, not retired) and their first revisions, recorded against the
     * import {@code importId}, which must already be written in this transaction.
     */
    public static void insert(Connection connection, List<Row> rows, long importId, Instant now)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        long firstId = allocateIds(connection, 2L * rows.size());
        Timestamp createdAt = Timestamp.from(now);
        try (PreparedStatement question = connection.prepareStatement("INSERT INTO bank_question (id, question_key, "
                + "module_key, current_revision, retired, created_at, retired_at) VALUES (?, ?, ?, 1, ?, ?, NULL)")) {
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                question.setLong(1, firstId + i);
                question.setString(2, row.questionKey());
                question.setString(3, row.moduleKey());
                question.setBoolean(4, false);
                question.setTimestamp(5, createdAt);
                addToBatch(question, i, rows.size());
            }
        }
        try (PreparedStatement revision = connection.prepareStatement("INSERT INTO question_revision (id, "
                + "question_id, revision_number, fingerprint, question_type, safety_critical, module_key, content, "
                + "import_id, created_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            long firstRevisionId = firstId + rows.size();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                revision.setLong(1, firstRevisionId + i);
                revision.setLong(2, firstId + i);
                revision.setString(3, row.fingerprint());
                revision.setString(4, row.questionType());
                revision.setBoolean(5, row.safetyCritical());
                revision.setString(6, row.moduleKey());
                revision.setString(7, row.content());
                revision.setLong(8, importId);
                revision.setTimestamp(9, createdAt);
                addToBatch(revision, i, rows.size());
            }
        }
    }

    private static void addToBatch(PreparedStatement statement, int index, int count) throws SQLException {
        statement.addBatch();
        if ((index + 1) % BATCH == 0 || index + 1 == count) {
            statement.executeBatch();
        }
    }

    /** Takes {@code count} consecutive ids and returns the first; the row stays locked until the transaction ends. */
    private static long allocateIds(Connection connection, long count) throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(
                "UPDATE id_sequence SET seq_count = seq_count + ? WHERE seq_name = ?")) {
            add.setLong(1, count);
            add.setString(2, BankImport.ID_SEQUENCE);
            if (add.executeUpdate() != 1) {
                throw new SQLException("id_sequence has no row '" + BankImport.ID_SEQUENCE + "'");
            }
        }
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT seq_count FROM id_sequence WHERE seq_name = ?")) {
            read.setString(1, BankImport.ID_SEQUENCE);
            try (ResultSet result = read.executeQuery()) {
                result.next();
                return result.getLong(1) - count + 1;
            }
        }
    }
}
