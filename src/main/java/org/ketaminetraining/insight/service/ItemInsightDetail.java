package org.ketaminetraining.insight.service;

import java.time.Instant;
import java.util.List;
import org.ketaminetraining.insight.trend.MonthlyAccuracy;

/**
 * One item's page: its figures, its stem and answer options in words, and its accuracy month by month in study and
 * in final assessments.
 */
public record ItemInsightDetail(String programmeId, String programmeTitle, boolean allAttempts, Instant computedAt,
        int minimumResponses, InsightRow row, String stem, List<Category> categories,
        List<MonthlyAccuracy.Month> studyAccuracy, List<MonthlyAccuracy.Month> assessmentAccuracy) {

    public ItemInsightDetail {
        categories = List.copyOf(categories);
        studyAccuracy = List.copyOf(studyAccuracy);
        assessmentAccuracy = List.copyOf(assessmentAccuracy);
    }

    /** An answer category with the words it stands for (an option's text; the answer itself for free answers). */
    public record Category(String category, String text, boolean key) {
    }
}
