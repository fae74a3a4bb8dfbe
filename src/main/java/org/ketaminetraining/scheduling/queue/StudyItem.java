package org.ketaminetraining.scheduling.queue;

import java.util.Objects;
import org.ketaminetraining.scheduling.CardState;

/**
 * One item of a learner's curriculum as the queue sees it.
 *
 * @param itemId         the item's id
 * @param moduleId       the curriculum module it belongs to; new items are interleaved across modules
 * @param safetyCritical whether it is a safety-critical item (served first among equally urgent reviews)
 * @param state          the learner's state of the item, {@link CardState#NEW} if never studied
 */
public record StudyItem(String itemId, String moduleId, boolean safetyCritical, CardState state) {

    public StudyItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(state, "state");
    }

    /** An item the learner has never studied. */
    public static StudyItem fresh(String itemId, String moduleId, boolean safetyCritical) {
        return new StudyItem(itemId, moduleId, safetyCritical, CardState.NEW);
    }
}
