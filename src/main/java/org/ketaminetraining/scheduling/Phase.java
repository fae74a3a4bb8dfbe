package org.ketaminetraining.scheduling;

/** Where an item stands in a learner's schedule. */
public enum Phase {
    /** Never reviewed. */
    NEW,
    /** Introduced today and going through the same-day learning steps. */
    LEARNING,
    /** Graduated: due on a later study day. */
    REVIEW,
    /** Forgotten after graduating, and going through the same-day relearning steps. */
    RELEARNING;

    /** True for the phases whose next review is minutes away rather than on a later day. */
    public boolean isStepping() {
        return this == LEARNING || this == RELEARNING;
    }
}
