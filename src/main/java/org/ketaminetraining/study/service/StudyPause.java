package org.ketaminetraining.study.service;

/**
 * Something that can pause a learner's study: certification does while an assessment attempt is under way, since
 * study shows the right answer after each question and would give the assessment away. Study asks every
 * implementation the container has; it knows nothing of assessments itself.
 */
public interface StudyPause {

    /** Whether the learner's study is paused now. */
    boolean pauses(long accountId);
}
