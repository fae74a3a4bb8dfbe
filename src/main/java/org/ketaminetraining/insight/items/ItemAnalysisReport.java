package org.ketaminetraining.insight.items;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link ItemAnalysis#analyse}.
 *
 * @param test  figures of the assessment as a whole
 * @param items one entry per item asked about, in the order of the map given
 */
public record ItemAnalysisReport(TestStatistics test, List<ItemStatistics> items) {

    public ItemAnalysisReport {
        Objects.requireNonNull(test, "test");
        Checks.noNulls(items, "items");
        items = List.copyOf(items);
    }
}
