/**
 * The certification rules, as pure functions of their inputs: item learned and module complete
 * ({@link org.ketaminetraining.certification.rules.ProgrammeCompletion}), drawing and grading the final and renewal
 * assessments ({@link org.ketaminetraining.certification.rules.AssessmentDraw},
 * {@link org.ketaminetraining.certification.rules.AssessmentResult}), attempt limits and cooldown
 * ({@link org.ketaminetraining.certification.rules.AttemptRules}), certificate expiry and renewal window
 * ({@link org.ketaminetraining.certification.rules.CertificateValidity}) and the one way people read its last day
 * ({@link org.ketaminetraining.certification.rules.CertificateDates}), knowledge currency
 * ({@link org.ketaminetraining.certification.rules.KnowledgeCurrency}), the one status a report shows for a
 * person ({@link org.ketaminetraining.certification.rules.CompletionStatus}) and the actions a manager may take on
 * that person's row ({@link org.ketaminetraining.certification.rules.Oversight}).
 *
 * <p>Why pure: a certificate is a claim made to a regulator, so the rule that grants it must be testable with
 * fixed dates, fixed time zones and fixed random seeds, and must give the same verdict when a status is rebuilt
 * from the review log a year later. Nothing here reads a clock, a global random source or a database; the service
 * hands in {@code today}, {@code now}, the organisation's {@code DayBoundary} and a seeded
 * {@code RandomGenerator}.
 */
package org.ketaminetraining.certification.rules;
