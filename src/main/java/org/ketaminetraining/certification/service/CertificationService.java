package org.ketaminetraining.certification.service;

import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * What the certification pages and the public verification call. Each method is one transaction.
 *
 * <p>Errors a person can cause (an attempt that may not start, a token that is not theirs, a reason left blank)
 * are {@link IllegalArgumentException} or {@link org.ketaminetraining.people.ValidationException} with a message
 * fit to show; acting outside one's role or departments is {@link SecurityException}.
 */
public interface CertificationService {

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

    /** An attempt of the learner's, open or submitted; empty when the token is not theirs. */
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

    /** The result of a submitted attempt of the learner's, with explanations; empty before submission. */
    Optional<AttemptResult> result(long accountId, String attemptToken);

    /** The learner's certificates, newest first. */
    List<CertificateSummary> certificates(long accountId);

    /**
     * A certificate's files, for its holder (any of their own) or an administrator; empty for an unknown or revoked
     * certificate. Not for managers, not even of the holder's department: every file carries the assessment score
     * (the signed file, the PDF that embeds it, the badge's result), which managers never see; their completion
     * report shows the status, and /verify checks any certificate. Each file is made when it is asked for.
     *
     * @throws SecurityException when the caller is neither the holder nor an administrator
     */
    Optional<CertificateFiles> files(SignedInUser caller, String code);

    /**
     * The public answer for a verification code, for anyone. Unknown and malformed codes get the same answer.
     */
    Verification verify(String code);

    /** The current public key (PEM) and its id, which the offline command and third parties verify with. */
    PublicKeyInfo publicKey();

    /**
     * What the revoke page shows before a caller revokes: the certificate as the public verification shows it,
     * when the caller oversees its holder; empty when the code is unknown or the holder is not theirs.
     *
     * @throws SecurityException when the caller is neither a manager nor an administrator
     */
    Optional<Verification> certificateToRevoke(SignedInUser caller, String code);

    /**
     * Revokes a certificate, keeping who, when and why in the certificate and the audit trail.
     *
     * @throws SecurityException when the caller is neither an administrator nor a manager of the holder
     * @throws org.ketaminetraining.people.ValidationException ("reason") when the reason is blank or too long, or
     *     the certificate is already revoked
     * @throws IllegalArgumentException when the certificate has expired: only one in force can be revoked
     *     ({@link org.ketaminetraining.certification.rules.Oversight})
     */
    void revoke(SignedInUser caller, String code, String reason);

    /**
     * Grants one person extra minutes on a programme's timed assessments, including an attempt under way.
     *
     * @throws SecurityException as for {@link #revoke}, and for anyone extending their own time
     * @throws IllegalArgumentException, saying why, when the person's report row does not offer it: the programme
     *     has no time limit, or the person's certificate was revoked
     *     ({@link org.ketaminetraining.certification.rules.Oversight})
     */
    void extendTimeLimit(SignedInUser caller, long accountId, String programmeId, int extraMinutes);

    /**
     * Lets one person start afresh on a programme's assessment: attempts so far no longer count toward the limit
     * or the cooldown (they keep their results). For someone who used up their attempts and has studied again.
     *
     * @throws SecurityException as for {@link #revoke}, and for anyone resetting their own attempts
     * @throws org.ketaminetraining.people.ValidationException ("reason") when the reason is blank or too long
     * @throws IllegalArgumentException, saying why, when the person may start an attempt now or has passed: only
     *     someone out of attempts or waiting after a failed one has attempts to reset
     */
    void allowNewAttempts(SignedInUser caller, long accountId, String programmeId, String reason);

    /**
     * One person's row of the caller's completion report, without building the whole report.
     *
     * @return empty when the person or programme is unknown, or the caller does not oversee the person
     */
    Optional<CompletionReport.Row> completionRow(SignedInUser caller, long accountId, String programmeId);

    /**
     * One page of the completion report: people in the caller's managed departments (everyone for an
     * administrator), one row per person and programme, filtered and sorted as asked.
     *
     * @throws SecurityException when the caller is neither a manager nor an administrator
     */
    CompletionReport completionReport(SignedInUser caller, CompletionQuery query);
}
