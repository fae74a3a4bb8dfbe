package org.ketaminetraining.study.service;

/**
 * How far the learner is through today's study, derived from the log and the queue (so it survives reloads and
 * restarts without a session object): answered today, and what is still waiting now including the current item.
 */
public record SessionProgress(int answeredToday, int remaining) {
    public SessionProgress {
        if (answeredToday < 0 || remaining < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    public int total() {
        return answeredToday + remaining;
    }
}
