package org.ketaminetraining.insight.service;

import java.util.List;
import java.util.Optional;
import org.ketaminetraining.insight.items.ItemFlag;
import org.ketaminetraining.insight.items.ItemStatistics;
import org.ketaminetraining.insight.items.SrsMetrics;

/**
 * One item's figures: from final assessments ({@code statistics}), from study ({@code metrics}, empty when nobody has
 * reviewed it) and the flags they raise.
 */
public record InsightRow(String questionKey, String moduleKey, String moduleTitle, boolean safetyCritical,
        ItemStatistics statistics, Optional<SrsMetrics> metrics, List<ItemFlag> flags) {

    public InsightRow {
        flags = List.copyOf(flags);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
