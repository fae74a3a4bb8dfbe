package org.ketaminetraining.study.service;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.study.service.BankCatalog.RevisionContent;
import org.ketaminetraining.study.store.MemoryStateRow;
import org.ketaminetraining.study.store.ReviewLogEntry;

/**
 * A learner's memory states as a replay of their whole review log gives them, under their settings now, and the
 * rewrite of the stored states to match: needed when a setting the schedule depends on changes, and the check that
 * the stored states are what the log says. It changes with the scheduler's replay, not with study itself.
 */
final class MemoryStateReplay {

    private final EntityManager em;
    private final BankCatalog catalog;

    MemoryStateReplay(EntityManager em, BankCatalog catalog) {
        this.em = Objects.requireNonNull(em, "em");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Replaces the learner's stored states with the replayed ones; the caller holds the learner's lock. */
    void rebuild(LearnerContext learner) {
        long accountId = learner.accountId();
        Map<Long, CardState> replayed = replayed(learner);
        for (MemoryStateRow row : em.createQuery("SELECT s FROM MemoryStateRow s WHERE s.accountId = :account",
                MemoryStateRow.class).setParameter("account", accountId).getResultList()) {
            CardState state = replayed.remove(row.getQuestionId());
            if (state == null) {
                em.remove(row);
            } else {
                row.store(state);
            }
        }
        replayed.forEach((question, state) -> em.persist(new MemoryStateRow(accountId, question, state)));
    }

    /** Every item's state as the replay gives it, keyed by question id. */
    Map<Long, CardState> replayed(LearnerContext learner) {
        List<ReviewLogEntry> log = em.createQuery("SELECT r FROM ReviewLogEntry r WHERE r.accountId = :account "
                + "ORDER BY r.answeredAt, r.id", ReviewLogEntry.class)
                .setParameter("account", learner.accountId()).getResultList();
        Map<Long, RevisionContent> contents = catalog.revisions(em,
                log.stream().map(ReviewLogEntry::getRevisionId).distinct().toList());
        Map<Long, CardState> states = new LinkedHashMap<>();
        for (ReviewLogEntry entry : log) {
            RevisionContent revision = contents.get(entry.getRevisionId());
            CardState before = states.getOrDefault(entry.getQuestionId(), CardState.NEW);
            states.put(entry.getQuestionId(), learner.schedulerFor(entry.getDesiredRetention()).next(before,
                    new Review(entry.getAnsweredAt(), Rating.valueOf(entry.getRating())),
                    learner.context(revision.questionKey())));
        }
        return states;
    }
}
