package org.ketaminetraining.insight.service;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ketaminetraining.insight.calibration.DatedReview;
import org.ketaminetraining.scheduling.Rating;

/**
 * Every learner's review history of one programme, one list per learner and item, oldest first, with elapsed days as
 * the scheduler counts them ({@link ReviewRows}), so that weights are fitted to the inputs they will be used with.
 */
final class ProgrammeHistories {

    private ProgrammeHistories() {
    }

    static List<List<DatedReview>> of(EntityManager em, String programmeKey) {
        List<List<DatedReview>> histories = new ArrayList<>();
        List<DatedReview> current = null;
        for (ReviewRows.Row row : ReviewRows.read(em, "r.rating", "r.programmeKey = :programme",
                Map.of("programme", programmeKey), question -> true)) {
            if (row.first()) {
                current = new ArrayList<>();
                histories.add(current);
            }
            current.add(new DatedReview(row.answeredAt(), row.elapsedDays(), Rating.valueOf((String) row.extra()[0])));
        }
        return histories;
    }
}
