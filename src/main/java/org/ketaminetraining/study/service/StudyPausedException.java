package org.ketaminetraining.study.service;

/** An answer sent while the learner's study is paused (an assessment is under way); nothing was recorded. */
public class StudyPausedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public StudyPausedException() {
        super("Study is paused while your assessment is under way; submit the assessment to study again.");
    }
}
