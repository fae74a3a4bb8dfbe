package org.ketaminetraining.study.service;

import org.ketaminetraining.study.StudySession;

/**
 * How far the learner is through their current session (today, in their current programme; see
 * {@link StudySession}), derived from the log and the queue, so it survives reloads and restarts without a session
 * object.
 *
 * @param answeredInSession the session's answers so far
 * @param remaining         what is waiting now, including the question on the screen unless it is answered
 */
public record SessionProgress(int answeredInSession, int remaining) {
    public SessionProgress {
        if (answeredInSession < 0 || remaining < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    /** "Question N of M" for the question on the screen, answered or not. */
    public StudySession.Position position(boolean shownIsAnswered) {
        return StudySession.position(answeredInSession, remaining, shownIsAnswered);
    }
}
