package org.ketaminetraining.bank.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ketaminetraining.bank.fingerprint.MetadataFingerprint;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.store.ListColumns;
import org.ketaminetraining.bank.store.QuestionRevision;
import org.ketaminetraining.bank.store.StoredQuestion;

/**
 * Fills what migration V7 could not compute in SQL for rows stored before it: each revision's metadata fingerprint
 * and each question's list columns (tags, search text, stem preview), all of which need the stored content parsed
 * by the bank's own parser. The start-up runs it, batch by batch, after the migrations and before the bank import
 * (whose "metadata changed?" test needs the fingerprints); rows already filled are never touched, so it costs one
 * empty query per start once done, and a start interrupted half-way carries on where it stopped.
 *
 * <p>Why a start-up step rather than a Flyway Java migration: the values come from the same code that fills them for
 * new rows (the parser, {@link MetadataFingerprint}, {@link ListColumns}), which keeps changing with the app, while a
 * versioned migration must give the same result forever; and Liberty's class loader would make Flyway look for Java
 * migrations by scanning the application's classes, which the SQL migrations avoid (see DatabaseMigrator).
 */
@ApplicationScoped
public class StoredBankBackfill {

    /** Rows per transaction: small enough to keep a 10,000-question bank's backfill from holding everything. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "ketamine-training")
    private EntityManager em;

    /** For CDI. */
    public StoredBankBackfill() {
    }

    /** Outside the server (tests), on an EntityManager whose transaction the caller runs. */
    public StoredBankBackfill(EntityManager em) {
        this.em = em;
    }

    /**
     * Fills one batch of rows still empty and returns how many it filled; 0 when nothing is left.
     *
     * @throws IllegalStateException if a stored revision does not parse (the database was changed by hand); the
     *     start-up logs it and carries on without the rest
     */
    @Transactional
    public int fillNextBatch() {
        List<QuestionRevision> revisions = em.createQuery("select r from QuestionRevision r "
                + "where r.metadataFingerprint is null order by r.id", QuestionRevision.class)
                .setMaxResults(BATCH).getResultList();
        for (QuestionRevision revision : revisions) {
            revision.recordMetadataFingerprint(MetadataFingerprint.of(question(revision)));
        }
        List<Object[]> rows = em.createQuery("select q, r from StoredQuestion q, QuestionRevision r "
                + "where r.question = q and r.revisionNumber = q.currentRevision and q.searchText is null "
                + "order by q.id", Object[].class).setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            ((StoredQuestion) row[0]).describe(ListColumns.of(question((QuestionRevision) row[1])));
        }
        return revisions.size() + rows.size();
    }

    private static Question question(QuestionRevision revision) {
        return QuestionDocument.read(revision.getContent(), revision.getModuleKey(), "revision "
                + revision.getRevisionNumber() + " (id " + revision.getId() + ")").questions().get(0);
    }
}
