package org.ketaminetraining.insight.service;

import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Calibration, visible: the certificate's knowledge currency rests on FSRS's predicted recall, so administrators and
 * educators can see, per programme, how predicted recall compares with what learners then recalled. Figures are kept
 * for {@link ItemInsights#FRESH_FOR}, as item analysis keeps its.
 */
public interface CalibrationInsights {

    /**
     * The programme's calibration for the defaults and for the fitted set in use (or, when none is in use, the newest
     * one fitted).
     *
     * @param recalculate compute afresh rather than show figures kept from an earlier look
     * @throws ValidationException (field {@code programme}) for a programme not in the curriculum
     */
    CalibrationView calibration(SignedInUser caller, String programmeId, boolean recalculate);
}
