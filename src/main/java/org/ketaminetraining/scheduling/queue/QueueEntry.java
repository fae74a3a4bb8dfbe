package org.ketaminetraining.scheduling.queue;

import java.util.Objects;

/**
 * A place in the queue.
 *
 * @param item           the item to study
 * @param reason         why it is in the queue now
 * @param retrievability the scheduler's estimate of recall now (1 for new items and for same-day steps)
 */
public record QueueEntry(StudyItem item, Reason reason, double retrievability) {

    public QueueEntry {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why an item is offered, in the order the queue serves them. */
    public enum Reason {
        /** A same-day learning or relearning step whose time has come. */
        STEP_DUE,
        /** A graduated item whose due day has come. */
        REVIEW_DUE,
        /** An item the learner has not started, within today's new-item limit. */
        NEW,
        /**
         * A started item brought forward before its due day: missed in an assessment, or a certificate holder's
         * safety-critical item whose predicted recall has faded below the programme's threshold.
         */
        BROUGHT_FORWARD
    }
}
