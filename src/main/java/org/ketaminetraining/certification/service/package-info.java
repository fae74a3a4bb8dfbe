/**
 * Certification use cases as transactions, split by who asks and why they would change. Every call that concerns a
 * person checks the caller's role and departments here, not only in the page.
 *
 * <p>What pages and the API call (one interface each, a JPA class behind it):
 * <ul>
 * <li>{@link org.ketaminetraining.certification.service.AssessmentService} ({@code JpaAssessmentService}): a
 *     trainee's standing in each programme and their final or renewal assessment: start, view, save, flag, submit,
 *     result, and finishing an attempt whose time ran out.</li>
 * <li>{@link org.ketaminetraining.certification.service.CertificateRegistry} ({@code JpaCertificateRegistry}): a
 *     holder's certificates and their files (PDF, signed file, badge; holder and administrators only).</li>
 * <li>{@link org.ketaminetraining.certification.service.CertificateVerification} ({@code PublicVerification}): what
 *     anyone may ask: a code's status and the public key.</li>
 * <li>{@link org.ketaminetraining.certification.service.ComplianceOversight} ({@code JpaComplianceOversight}):
 *     managers and administrators: the completion report and one row of it, and the actions a row offers (revoke,
 *     extend the time limit, allow new attempts).</li>
 * </ul>
 *
 * <p>Behind them, beans with one job each: {@link org.ketaminetraining.certification.service.AttemptGrader} (the one
 * grading path, for a submit and for a timed-out attempt alike), {@link
 * org.ketaminetraining.certification.service.CertificateIssuer} (sign and keep the certificate a pass earns),
 * {@link org.ketaminetraining.certification.service.LearnerLock} (one learner's assessment writes one at a time,
 * so nothing is graded or issued twice), {@link org.ketaminetraining.certification.service.KnowledgeRefreshers}
 * (faded safety-critical items back into study), {@link org.ketaminetraining.certification.service.CertificationSweep}
 * (the scheduled writes nobody asks for), {@link org.ketaminetraining.certification.service.Evaluations} (time, bank,
 * facts and evaluator for every use case), {@code StandingEvaluator} and {@code CompletionReporter} (the rules over
 * one learner's facts, and over everyone a caller oversees), {@link
 * org.ketaminetraining.certification.service.CertificateRenderer} (the files) and {@link
 * org.ketaminetraining.certification.service.SigningKeys} (the key).
 *
 * <p>Reads never write. An attempt whose time ran out is reported as timed out by reads and submitted, as of its
 * deadline and with the answers saved in time, by the next write: the learner's own (start, save, flag, submit, the
 * result page's finish), a manager's action on them, or the sweep within a minute.
 */
package org.ketaminetraining.certification.service;
