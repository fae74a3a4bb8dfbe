/**
 * Trainee pages of the final and renewal assessments: where the learner stands and the way in (the assessment
 * page), one item at a time with every answer saved as it is given (the attempt page), the review before
 * submitting with its confirmation step, and the result with the explanations. TRAINEE only. They call
 * {@link org.ketaminetraining.certification.service.AssessmentService}, hold attempt tokens rather than
 * attempts, and leave grading, deadlines and attempt rules to it; feedback is deferred until the attempt is
 * submitted.
 */
package org.ketaminetraining.web.assessment;
