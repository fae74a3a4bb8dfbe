package org.ketaminetraining.certification.service;

import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.model.Response;

/**
 * A trainee's own assessments: their standing in each programme, and taking the final or renewal assessment
 * (start, view, save, flag, submit, result). Each method is one transaction and concerns the learner whose account
 * id it is given (the signed-in trainee; pages pass their own id).
 *
 * <p>Reads never write: an attempt whose time ran out shows as {@link AttemptView#timedOut() timed out} until a
 * write submits it with the answers saved in time ({@link #finishTimedOut}, or any other write of the learner's).
 * Errors a person can cause (an attempt that may not start, a token that is not theirs) are
 * {@link IllegalArgumentException} or {@link org.ketaminetraining.people.ValidationException} with a message fit to
 * show.
 */
public interface AssessmentService {

    /** The learner's standing in every programme of the curriculum, their own programme first. */
    List<ProgrammeStanding> standings(long accountId);

    /**
     * Starts the programme's final assessment, or the renewal assessment when the learner holds a certificate in
     * its renewal window; resumes the open attempt instead if there is one.
     *
     * @return the attempt's token
     * @throws IllegalArgumentException when the assessment is locked, cooling down, or out of attempts
     */
    String startAssessment(long accountId, String programmeId);

    /** An attempt of the learner's, open, timed out or submitted; empty when the token is not theirs. */
    Optional<AttemptView> attempt(long accountId, String attemptToken);

    /**
     * Saves the answer to one item of an open attempt (empty clears it). Saving after the time limit or after
     * submission is refused.
     */
    void saveAnswer(long accountId, String attemptToken, int position, Optional<Response> response);

    /** Flags or unflags an item of an open attempt, for the learner's own review before submitting. */
    void flag(long accountId, String attemptToken, int position, boolean flagged);

    /**
     * Submits the attempt and grades it; on a pass issues the certificate. Submitting again returns the same
     * result. An attempt whose time has run out is submitted with the answers saved in time.
     */
    AttemptResult submit(long accountId, String attemptToken);

    /**
     * Submits an attempt whose time ran out, with the answers saved in time, and returns its result; returns the
     * result of an attempt already submitted. An attempt still running is left alone.
     *
     * @return empty when the attempt is still running or the token is not the learner's
     */
    Optional<AttemptResult> finishTimedOut(long accountId, String attemptToken);

    /** The result of a submitted attempt of the learner's, with explanations; empty before submission. */
    Optional<AttemptResult> result(long accountId, String attemptToken);
}
