package org.ketaminetraining.bank.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.fingerprint.MetadataFingerprint;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.revision.RevisionPlan;
import org.ketaminetraining.bank.revision.WebChangeConflicts;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.ListColumns;
import org.ketaminetraining.bank.store.NewQuestionRows;
import org.ketaminetraining.bank.store.QuestionRevision;
import org.ketaminetraining.bank.store.StoredModule;
import org.ketaminetraining.bank.store.StoredQuestion;

/**
 * Brings the stored bank in line with a valid snapshot inside the caller's transaction, following a
 * {@link RevisionPlan}, unless the files disagree with changes published in the browser and not exported
 * ({@link WebChangeConflicts}). A plain class over an EntityManager so that the server's service, the export's
 * re-import and the import benchmark run exactly the same code.
 */
public final class BankWriter {

    private final EntityManager em;

    public BankWriter(EntityManager em) {
        this.em = em;
    }

    /** What importing a snapshot would do, read from the database; nothing is written. */
    public record Preview(BankSnapshot bank, Map<String, RevisionPlan.Prints> incoming,
            Map<String, StoredQuestion> stored, RevisionPlan plan, WebChangeConflicts.Outcome conflicts) {

        /** True when the files disagree with a web change: the import must be refused with the problems. */
        public boolean refused() {
            return conflicts.refused();
        }
    }

    /**
     * Compares the snapshot with the stored bank. Questions being written in the browser (revision 0) take no part
     * in the plan: the files cannot have them, and naming one is a conflict.
     *
     * @param zone the organisation's time zone, for the dates in conflict messages
     */
    public Preview preview(BankSnapshot bank, ZoneId zone) {
        Map<String, StoredQuestion> all = em.createQuery("select q from StoredQuestion q", StoredQuestion.class)
                .getResultStream().collect(Collectors.toMap(StoredQuestion::getQuestionKey, Function.identity()));
        Map<String, RevisionPlan.Prints> current = new HashMap<>();
        em.createQuery("select q.questionKey, r.fingerprint, r.metadataFingerprint from QuestionRevision r "
                + "join r.question q where r.revisionNumber = q.currentRevision", Object[].class)
                .getResultList().forEach(row -> current.put((String) row[0],
                        new RevisionPlan.Prints((String) row[1], (String) row[2])));
        // A metadata fingerprint per question is cheap, but 10,000 of them are worth every core.
        Map<String, String> metadata = bank.questions().parallelStream()
                .collect(Collectors.toConcurrentMap(Question::id, MetadataFingerprint::of));
        Map<String, RevisionPlan.Prints> incoming = new HashMap<>();
        bank.fingerprints().forEach((key, print) -> incoming.put(key, new RevisionPlan.Prints(print,
                metadata.get(key))));

        Map<String, StoredQuestion> published = new HashMap<>();
        Map<String, RevisionPlan.Stored> state = new HashMap<>();
        List<WebChangeConflicts.Pending> pending = new ArrayList<>();
        List<WebChangeConflicts.BeingWritten> beingWritten = new ArrayList<>();
        all.forEach((key, q) -> {
            if (q.isNeverPublished()) {
                beingWritten.add(new WebChangeConflicts.BeingWritten(key, creatorOf(q), q.getCreatedAt()));
                return;
            }
            published.put(key, q);
            RevisionPlan.Prints prints = current.get(key);
            state.put(key, new RevisionPlan.Stored(prints, q.isRetired()));
            if (q.isPendingExport()) {
                pending.add(new WebChangeConflicts.Pending(key, q.getCurrentRevision(), q.isRetired(),
                        q.getLastChanged() == null ? q.getCreatedAt() : q.getLastChanged(), prints));
            }
        });
        return new Preview(bank, incoming, published, RevisionPlan.of(incoming, state),
                WebChangeConflicts.check(incoming, pending, beingWritten, zone));
    }

    private String creatorOf(StoredQuestion question) {
        return em.createQuery("select d.createdBy from QuestionDraft d where d.question = :q", String.class)
                .setParameter("q", question).getResultStream().findFirst().orElse("someone");
    }

    /** As {@link #preview} then {@link #apply(Preview, BankImport, Instant)}, for callers that know of no conflict. */
    public void apply(BankSnapshot bank, BankImport record, Instant now) {
        Preview preview = preview(bank, ZoneId.of("UTC"));
        if (preview.refused()) {
            throw new IllegalStateException("the files disagree with web changes: " + preview.conflicts().problems());
        }
        apply(preview, record, now);
    }

    /** Applies a preview that was not refused and records the counts on {@code record}, which must be persisted. */
    public void apply(Preview preview, BankImport record, Instant now) {
        if (preview.refused()) {
            throw new IllegalArgumentException("a refused import cannot be applied");
        }
        BankSnapshot bank = preview.bank();
        RevisionPlan plan = preview.plan();
        Map<String, StoredQuestion> stored = preview.stored();
        // Writing each revision's YAML is the costly part of a large import and needs no database: do it up front,
        // on every core, with the list columns beside it.
        Map<String, NewContent> contents = Stream.concat(plan.added().stream(), plan.revised().stream()).parallel()
                .collect(Collectors.toConcurrentMap(Function.identity(), key -> {
                    Question question = bank.question(key).orElseThrow();
                    return new NewContent(QuestionDocument.write(bank.moduleOf(key).orElseThrow(), question),
                            ListColumns.of(question));
                }));

        insertNew(preview, plan.added(), contents, record, now);
        for (String key : plan.revised()) {
            StoredQuestion question = stored.get(key);
            publish(preview, question, question.getCurrentRevision() + 1, contents.get(key), record, now);
        }
        for (String key : plan.reinstated()) {
            StoredQuestion question = stored.get(key);
            question.publish(question.getCurrentRevision(), bank.moduleOf(key).orElseThrow().id());
            question.changedAt(now);
        }
        for (String key : plan.retired()) {
            stored.get(key).retire(now);
            stored.get(key).changedAt(now);
        }
        // The files now hold what the browser published: the files are the source again.
        preview.conflicts().agreeing().forEach(key -> stored.get(key).clearPendingExport());
        syncModules(bank);
        record.recordChanges(plan.added().size(), plan.revised().size() + plan.reinstated().size(),
                plan.retired().size(), plan.unchanged().size());
    }

    private record NewContent(String document, ListColumns columns) {
    }

    /** New questions go in as JDBC batches (see {@link NewQuestionRows} for why), after the import record. */
    private void insertNew(Preview preview, List<String> keys, Map<String, NewContent> contents, BankImport record,
            Instant now) {
        if (keys.isEmpty()) {
            return;
        }
        BankSnapshot bank = preview.bank();
        List<NewQuestionRows.Row> rows = keys.stream().map(key -> new NewQuestionRows.Row(key,
                bank.moduleOf(key).orElseThrow().id(), preview.incoming().get(key).content(),
                preview.incoming().get(key).metadata(), contents.get(key).columns(), contents.get(key).document()))
                .toList();
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("a bank import needs an active transaction");
        }
        try {
            NewQuestionRows.insert(connection, rows, record.getId(), now);
        } catch (SQLException e) {
            throw new PersistenceException("could not insert " + rows.size() + " new questions: " + e.getMessage(), e);
        }
    }

    private void publish(Preview preview, StoredQuestion question, int revision, NewContent content,
            BankImport record, Instant now) {
        String key = question.getQuestionKey();
        BankModule module = preview.bank().moduleOf(key).orElseThrow();
        RevisionPlan.Prints prints = preview.incoming().get(key);
        QuestionRevision stored = new QuestionRevision(question, revision, prints.content(),
                content.columns().questionType(), content.columns().safetyCritical(), module.id(), content.document(),
                record, now);
        stored.recordMetadataFingerprint(prints.metadata());
        em.persist(stored);
        question.publish(revision, module.id());
        question.describe(content.columns());
        question.changedAt(now);
    }

    private void syncModules(BankSnapshot bank) {
        Map<String, StoredModule> modules = em.createQuery("select m from StoredModule m", StoredModule.class)
                .getResultStream().collect(Collectors.toMap(StoredModule::getModuleKey, Function.identity()));
        for (BankModule module : bank.modules()) {
            StoredModule stored = modules.remove(module.id());
            if (stored == null) {
                em.persist(new StoredModule(module.id(), module.title(), module.description().orElse(null)));
            } else {
                stored.update(module.title(), module.description().orElse(null));
            }
        }
        modules.values().forEach(StoredModule::retire);
    }
}
