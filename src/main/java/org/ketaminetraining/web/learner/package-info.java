/**
 * Trainee pages: the dashboard, the study page (one question at a time, then its feedback), the study settings,
 * the history of past reviews, and the trainee's certificates with their downloads. TRAINEE only. They call the
 * study and certification services, hold presentation tokens rather than questions, and leave grading and
 * scheduling to the services.
 */
package org.ketaminetraining.web.learner;
