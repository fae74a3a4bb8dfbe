package org.ketaminetraining.insight.service;

import java.time.Duration;
import java.util.List;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * Item analysis for educators: which items work, from final-assessment attempts (Moodle's quiz statistics) and from
 * study (spaced-repetition metrics), with the flags they raise. Like Moodle's quiz statistics, figures are computed
 * once and kept for {@link #FRESH_FOR} (or until the bank changes, or someone recalculates), since a large
 * organisation's attempts and reviews take seconds to read and the figures move slowly; every view says when they
 * were computed. Every method requires an educator or an administrator.
 */
public interface ItemInsights {

    /** How long computed figures are shown before they are computed again (Moodle keeps its for 15 minutes too). */
    Duration FRESH_FOR = Duration.ofMinutes(15);

    /** The programmes that can be analysed: those of the current curriculum. */
    List<ItemAnalysisView.ModuleOption> programmes(SignedInUser caller);

    /**
     * The programme's items with their figures and flags.
     *
     * @param allAttempts every submitted final attempt, rather than each person's first
     * @throws ValidationException (field {@code programme}) for a programme not in the curriculum
     */
    ItemAnalysisView analysis(SignedInUser caller, String programmeId, boolean allAttempts);

    /**
     * One item of the programme, with its answer options in words and its figures over time.
     *
     * @throws ValidationException (field {@code item} or {@code programme}) when there is no such published item
     */
    ItemInsightDetail item(SignedInUser caller, String programmeId, String questionKey, boolean allAttempts);

    /** Forgets the programme's computed figures, so that the next look computes them from the data as it is now. */
    void recalculate(SignedInUser caller, String programmeId);
}
