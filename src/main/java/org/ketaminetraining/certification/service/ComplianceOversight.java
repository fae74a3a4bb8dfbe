package org.ketaminetraining.certification.service;

import java.util.Optional;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * What managers and administrators do about the people they oversee: the completion report and one person's row
 * of it, and the actions a row offers (revoke a certificate, extend the time limit, allow new attempts). A manager
 * oversees the people of the departments they manage, an administrator everyone; each method checks the caller,
 * as stored now, itself. Each method is one transaction.
 *
 * <p>Errors a person can cause are {@link IllegalArgumentException} or
 * {@link org.ketaminetraining.people.ValidationException} with a message fit to show; acting outside one's role or
 * departments is {@link SecurityException}.
 */
public interface ComplianceOversight {

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
