package org.ketaminetraining.certification.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ketaminetraining.compliance.RecallHeatmap;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Scheduler;
import org.ketaminetraining.study.service.BankCatalog;
import org.ketaminetraining.study.store.MemoryStateRow;

/**
 * Predicted recall of many people's studied items, now and later, read from their memory states in IN lists of
 * bounded size (never a query per person) and fed to a {@link RecallHeatmap}. "Later" assumes nobody studies in
 * between: the memory state stays as it is and only time passes, which is what FSRS retrievability at a later
 * instant means.
 */
final class RecallReadings {

    private RecallReadings() {
    }

    static RecallHeatmap read(EntityManager em, Collection<Long> people, List<BankCatalog.PublishedItem> items,
            Scheduler model, Instant now, Instant later) {
        Map<Long, BankCatalog.PublishedItem> byQuestion = new HashMap<>();
        items.forEach(item -> byQuestion.put(item.questionId(), item));
        RecallHeatmap heatmap = new RecallHeatmap();
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(people));
        for (int from = 0; from < ids.size() && !byQuestion.isEmpty(); from += CompletionHistory.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CompletionHistory.CHUNK));
            for (Object[] row : em.createQuery("SELECT s.accountId, s.questionId, " + MemoryStateRow.STATE_COLUMNS
                    + " FROM MemoryStateRow s WHERE s.accountId IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                BankCatalog.PublishedItem item = byQuestion.get((Long) row[1]);
                if (item == null) {
                    continue;
                }
                CardState state = MemoryStateRow.stateOf(row, 2);
                if (state.isNew()) {
                    continue;
                }
                heatmap.add((Long) row[0], item.moduleKey(), item.safetyCritical(), clamp(model.retrievabilityAt(
                        state, now)), clamp(model.retrievabilityAt(state, later)));
            }
        }
        return heatmap;
    }

    /** As certification reads recall: a model's rounding never leaves [0, 1]. */
    private static double clamp(double recall) {
        return Math.max(0, Math.min(1, recall));
    }
}
