package org.ketaminetraining.insight.service;

import java.time.Instant;
import java.util.List;
import org.ketaminetraining.insight.items.TestStatistics;

/**
 * A programme's item analysis as computed at {@code computedAt}: the assessment as a whole, and one row per
 * published item, modules in programme order.
 *
 * @param allAttempts whether every submitted final attempt counted, or (the default) each person's first only
 */
public record ItemAnalysisView(String programmeId, String programmeTitle, boolean allAttempts, Instant computedAt,
        int minimumResponses, TestStatistics test, List<ModuleOption> modules, List<InsightRow> rows) {

    public ItemAnalysisView {
        modules = List.copyOf(modules);
        rows = List.copyOf(rows);
    }

    /** A module of the programme, for the filter. */
    public record ModuleOption(String key, String title) {
    }
}
