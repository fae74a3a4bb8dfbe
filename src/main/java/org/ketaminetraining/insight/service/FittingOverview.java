package org.ketaminetraining.insight.service;

import java.util.List;
import java.util.Optional;

/**
 * A programme's scheduling weights: the version in use, the latest run and every set fitted so far, newest first.
 *
 * @param activeVersion  the version scheduling the programme now ({@code fsrs6-default} when no set is active)
 * @param canRollBack    whether a fitted set is active, so that "Roll back" has something to undo
 */
public record FittingOverview(String programmeId, String programmeTitle, String activeVersion, boolean canRollBack,
        Optional<FittingJobView> latestJob, List<ParameterSetView> sets) {

    public FittingOverview {
        sets = List.copyOf(sets);
    }
}
