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

    /** Rows per INSERT statement (one multi-row VALUES list). */
    private static final int ROWS_PER_STATEMENT = 50;
    /** Statements per JDBC batch. */
    private static final int CHUNKS_PER_BATCH = 10;

    /** One new question and the content of its revision 1, with what the question list shows of it. */
    public record Row(String questionKey, String moduleKey, String fingerprint, String metadataFingerprint,
            ListColumns columns, String content) {
        public Row {
            Objects.requireNonNull(questionKey, "questionKey");
            Objects.requireNonNull(moduleKey, "moduleKey");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(metadataFingerprint, "metadataFingerprint");
            Objects.requireNonNull(columns, "columns");
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
        long firstRevisionId = firstId + rows.size();
        Timestamp createdAt = Timestamp.from(now);
        insertInChunks(connection, QUESTION_INSERT, rows.size(), (statement, column, i) -> {
            Row row = rows.get(i);
            ListColumns columns = row.columns();
            statement.setLong(column, firstId + i);
            statement.setString(column + 1, row.questionKey());
            statement.setString(column + 2, row.moduleKey());
            statement.setBoolean(column + 3, false);
            statement.setTimestamp(column + 4, createdAt);
            statement.setString(column + 5, columns.questionType());
            statement.setBoolean(column + 6, columns.safetyCritical());
            statement.setString(column + 7, columns.tags());
            statement.setString(column + 8, columns.searchText());
            statement.setString(column + 9, columns.stemPreview());
            statement.setTimestamp(column + 10, createdAt);
        });
        insertInChunks(connection, REVISION_INSERT, rows.size(), (statement, column, i) -> {
            Row row = rows.get(i);
            statement.setLong(column, firstRevisionId + i);
            statement.setLong(column + 1, firstId + i);
            statement.setString(column + 2, row.fingerprint());
            statement.setString(column + 3, row.columns().questionType());
            statement.setBoolean(column + 4, row.columns().safetyCritical());
            statement.setString(column + 5, row.moduleKey());
            statement.setString(column + 6, row.content());
            statement.setLong(column + 7, importId);
            statement.setTimestamp(column + 8, createdAt);
            statement.setString(column + 9, row.metadataFingerprint());
        });
    }

    /** An INSERT's fixed part and the placeholders of one row. */
    private record Insert(String head, String rowValues, int parameters) {
    }

    private static final Insert QUESTION_INSERT = new Insert("INSERT INTO bank_question (id, question_key, "
            + "module_key, current_revision, retired, created_at, retired_at, question_type, safety_critical, tags, "
            + "search_text, stem_preview, last_changed, pending_export) VALUES ",
            "(?, ?, ?, 1, ?, ?, NULL, ?, ?, ?, ?, ?, ?, FALSE)", 11);
    private static final Insert REVISION_INSERT = new Insert("INSERT INTO question_revision (id, question_id, "
            + "revision_number, fingerprint, question_type, safety_critical, module_key, content, import_id, "
            + "created_at, metadata_fingerprint) VALUES ", "(?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", 10);

    /** Sets one row's parameters, starting at parameter {@code column}. */
    @FunctionalInterface
    private interface RowBinder {
        void bind(PreparedStatement statement, int column, int rowIndex) throws SQLException;
    }

    /**
     * Many rows per statement, many statements per batch. Derby opens the table, each of its indexes and each
     * foreign-key check once per statement execution, so one multi-row VALUES saves that setup for all but one of
     * its rows (about a third of the time with one row per statement).
     */
    private static void insertInChunks(Connection connection, Insert insert, int count, RowBinder binder)
            throws SQLException {
        int fullChunks = count / ROWS_PER_STATEMENT;
        if (fullChunks > 0) {
            try (PreparedStatement statement = connection.prepareStatement(sql(insert, ROWS_PER_STATEMENT))) {
                for (int chunk = 0; chunk < fullChunks; chunk++) {
                    bindChunk(statement, insert, binder, chunk * ROWS_PER_STATEMENT, ROWS_PER_STATEMENT);
                    statement.addBatch();
                    if ((chunk + 1) % CHUNKS_PER_BATCH == 0 || chunk + 1 == fullChunks) {
                        statement.executeBatch();
                    }
                }
            }
        }
        int rest = count % ROWS_PER_STATEMENT;
        if (rest > 0) {
            try (PreparedStatement statement = connection.prepareStatement(sql(insert, rest))) {
                bindChunk(statement, insert, binder, fullChunks * ROWS_PER_STATEMENT, rest);
                statement.executeUpdate();
            }
        }
    }

    private static void bindChunk(PreparedStatement statement, Insert insert, RowBinder binder, int firstRow,
            int rows) throws SQLException {
        for (int r = 0; r < rows; r++) {
            binder.bind(statement, 1 + r * insert.parameters(), firstRow + r);
        }
    }

    private static String sql(Insert insert, int rows) {
        StringBuilder sql = new StringBuilder(insert.head());
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(insert.rowValues());
        }
        return sql.toString();
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
