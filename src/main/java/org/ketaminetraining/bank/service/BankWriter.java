package org.ketaminetraining.bank.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.BankModule;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.revision.RevisionPlan;
import org.ketaminetraining.bank.store.BankImport;
import org.ketaminetraining.bank.store.NewQuestionRows;
import org.ketaminetraining.bank.store.QuestionRevision;
import org.ketaminetraining.bank.store.StoredModule;
import org.ketaminetraining.bank.store.StoredQuestion;

/**
 * Brings the stored bank in line with a valid snapshot inside the caller's transaction, following a
 * {@link RevisionPlan}. A plain class over an EntityManager so that the server's service and the import benchmark
 * run exactly the same code.
 */
public final class BankWriter {

    private final EntityManager em;

    public BankWriter(EntityManager em) {
        this.em = em;
    }

    /** Applies the snapshot and records the counts on {@code record}, which must already be persisted. */
    public void apply(BankSnapshot bank, BankImport record, Instant now) {
        Map<String, StoredQuestion> stored = em.createQuery("select q from StoredQuestion q", StoredQuestion.class)
                .getResultStream().collect(Collectors.toMap(StoredQuestion::getQuestionKey, Function.identity()));
        Map<String, String> currentPrints = new HashMap<>();
        em.createQuery("select q.questionKey, r.fingerprint from QuestionRevision r join r.question q "
                + "where r.revisionNumber = q.currentRevision", Object[].class)
                .getResultList().forEach(row -> currentPrints.put((String) row[0], (String) row[1]));
        Map<String, RevisionPlan.Stored> state = new HashMap<>();
        stored.forEach((key, q) -> state.put(key, new RevisionPlan.Stored(currentPrints.get(key), q.isRetired())));
        RevisionPlan plan = RevisionPlan.of(bank.fingerprints(), state);
        // Writing each revision's YAML is the costly part of a large import and needs no database: do it up front,
        // on every core.
        Map<String, String> documents = java.util.stream.Stream.concat(plan.added().stream(), plan.revised().stream())
                .parallel().collect(Collectors.toConcurrentMap(Function.identity(), key -> QuestionDocument
                        .write(bank.moduleOf(key).orElseThrow(), bank.question(key).orElseThrow())));

        insertNew(bank, plan.added(), documents, record, now);
        for (String key : plan.revised()) {
            StoredQuestion question = stored.get(key);
            publish(bank, question, question.getCurrentRevision() + 1, documents.get(key), record, now);
        }
        for (String key : plan.reinstated()) {
            StoredQuestion question = stored.get(key);
            question.publish(question.getCurrentRevision(), bank.moduleOf(key).orElseThrow().id());
        }
        for (String key : plan.retired()) {
            stored.get(key).retire(now);
        }
        syncModules(bank);
        record.recordChanges(plan.added().size(), plan.revised().size() + plan.reinstated().size(),
                plan.retired().size(), plan.unchanged().size());
    }

    /** New questions go in as JDBC batches (see {@link NewQuestionRows} for why), after the import record. */
    private void insertNew(BankSnapshot bank, List<String> keys, Map<String, String> documents, BankImport record,
            Instant now) {
        if (keys.isEmpty()) {
            return;
        }
        List<NewQuestionRows.Row> rows = keys.stream().map(key -> {
            Question content = bank.question(key).orElseThrow();
            return new NewQuestionRows.Row(key, bank.moduleOf(key).orElseThrow().id(),
                    bank.fingerprint(key).orElseThrow(), content.type().name(), content.isSafetyCritical(),
                    documents.get(key));
        }).toList();
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

    private void publish(BankSnapshot bank, StoredQuestion question, int revision, String document, BankImport record,
            Instant now) {
        String key = question.getQuestionKey();
        BankModule module = bank.moduleOf(key).orElseThrow();
        Question content = bank.question(key).orElseThrow();
        em.persist(new QuestionRevision(question, revision, bank.fingerprint(key).orElseThrow(),
                content.type().name(), content.isSafetyCritical(), module.id(), document, record, now));
        question.publish(revision, module.id());
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
