/**
 * Trainee pages: the dashboard, the study page (one question at a time, then its feedback), the study settings
 * and the history of past reviews. TRAINEE only. They call {@link org.ketaminetraining.study.service.StudyService}
 * and nothing else, hold presentation tokens rather than questions, and leave grading and scheduling to it.
 */
package org.ketaminetraining.web.learner;
