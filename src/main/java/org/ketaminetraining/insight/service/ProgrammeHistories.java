package org.ketaminetraining.insight.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ketaminetraining.insight.calibration.DatedReview;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.policy.DayBoundary;

/**
 * Every learner's review history of one programme, one list per learner and item, oldest first, with elapsed days
 * counted on each learner's own study days (their time zone, the organisation's rollover hour) exactly as the
 * scheduler counts them, so that weights are fitted to the inputs they will be used with.
 */
final class ProgrammeHistories {

    private ProgrammeHistories() {
    }

    /** The programme's histories; columns only, never entities, since a large organisation has 10^5 to 10^6 rows. */
    static List<List<DatedReview>> of(EntityManager em, String programmeKey) {
        // One boundary per zone, not per learner: a boundary tabulates its zone's offset changes when made.
        Map<String, DayBoundary> boundaries = new HashMap<>();
        Map<Long, String> zones = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.accountId, p.timeZone FROM LearnerProfile p", Object[].class)
                .getResultList()) {
            zones.put((Long) row[0], (String) row[1]);
        }
        List<List<DatedReview>> histories = new ArrayList<>();
        List<DatedReview> current = null;
        long account = -1;
        long question = -1;
        Instant previous = null;
        // Sorted in memory, not by the database: see ItemAnalysisComputation#reviews.
        List<Object[]> rows = new ArrayList<>(em.createQuery("SELECT r.accountId, r.questionId, r.answeredAt, "
                + "r.rating, r.id FROM ReviewLogEntry r WHERE r.programmeKey = :programme", Object[].class)
                .setParameter("programme", programmeKey).getResultList());
        rows.sort(ItemAnalysisComputation.LOG_ORDER);
        for (Object[] row : rows) {
            long rowAccount = (Long) row[0];
            long rowQuestion = (Long) row[1];
            Instant answeredAt = (Instant) row[2];
            DayBoundary boundary = boundaries.computeIfAbsent(zones.getOrDefault(rowAccount, "UTC"),
                    zone -> new DayBoundary(ZoneId.of(zone), DayBoundary.DEFAULT_ROLLOVER_HOUR));
            double elapsed = 0;
            if (current == null || rowAccount != account || rowQuestion != question) {
                current = new ArrayList<>();
                histories.add(current);
                account = rowAccount;
                question = rowQuestion;
            } else {
                elapsed = Math.max(0, boundary.elapsedDays(previous, answeredAt));
            }
            current.add(new DatedReview(answeredAt, elapsed, Rating.valueOf((String) row[3])));
            previous = answeredAt;
        }
        return histories;
    }
}
