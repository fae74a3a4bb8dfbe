package org.ketaminetraining.insight.service;

import java.time.Instant;
import java.util.Optional;
import org.ketaminetraining.insight.store.FittingJob;

/** One run of "Fit scheduling parameters" (or of a roll-back's rebuild) as a page shows it. */
public record FittingJobView(long id, String programmeId, FittingJob.State state, double progress, String stage,
        Instant requestedAt, String requestedBy, Optional<Instant> finishedAt, Optional<String> resultVersion,
        Optional<String> message) {

    static FittingJobView of(FittingJob job) {
        return new FittingJobView(job.getId(), job.getProgrammeKey(), job.getState(), job.getProgress(),
                job.getStage(), job.getRequestedAt(), job.getRequestedBy(), Optional.ofNullable(job.getFinishedAt()),
                Optional.ofNullable(job.getResultVersion()), Optional.ofNullable(job.getMessage()));
    }

    public boolean running() {
        return state == FittingJob.State.RUNNING;
    }

    /** Progress in whole percent, for the progress bar and its words. */
    public int percent() {
        return (int) Math.round(progress * 100);
    }
}
