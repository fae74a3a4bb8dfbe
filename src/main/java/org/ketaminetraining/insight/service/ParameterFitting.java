package org.ketaminetraining.insight.service;

import java.util.Optional;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * "Fit scheduling parameters" for a programme: the optimiser runs over every learner's review log of the programme
 * in the background, the result is stored as a new versioned set and applied only when it predicts held-out reviews
 * (the latest 20%, split in time) better than the weights in use; the learners' memory states are then rebuilt from
 * their logs in small batches while study goes on. Rolling back is one call. Administrators fit and roll back;
 * educators may look. Every step is audited.
 */
public interface ParameterFitting {

    /**
     * The programme's weights in use, latest run and fitted sets.
     *
     * @throws ValidationException (field {@code programme}) for a programme not in the curriculum
     */
    FittingOverview overview(SignedInUser caller, String programmeId);

    /** One run, for its progress; empty when there is none with that id. */
    Optional<FittingJobView> job(SignedInUser caller, long jobId);

    /**
     * Starts a fit in the background (administrators only).
     *
     * @return the run, for its progress
     * @throws ValidationException (field {@code programme}) for an unknown programme or while a run is in progress
     */
    FittingJobView start(SignedInUser caller, String programmeId);

    /**
     * Makes the set the active one replaced active again (or the defaults), then rebuilds the learners' memory states
     * in the background (administrators only).
     *
     * @throws ValidationException (field {@code programme}) when no fitted set is active or a run is in progress
     */
    FittingJobView rollBack(SignedInUser caller, String programmeId);
}
