package org.ketaminetraining.people.service;

import org.ketaminetraining.people.UserImportPlan;

/**
 * Importing people from a CSV file: preview first, then apply whole or not at all. For administrators only: each
 * method checks {@code caller} and throws {@link AccessDeniedException} otherwise.
 */
public interface UserImportService {

    /** What the file would change, with every problem by line. Changes nothing. */
    UserImportPlan preview(SignedInUser caller, String csv);

    /**
     * Applies the file in one transaction. The plan is computed again inside it, so that a change made since the
     * preview is not overwritten blindly.
     *
     * @return the plan that was applied
     * @throws org.ketaminetraining.people.ValidationException naming {@code file} when the file has problems;
     *     then nothing was changed
     */
    UserImportPlan apply(SignedInUser caller, String csv);
}
