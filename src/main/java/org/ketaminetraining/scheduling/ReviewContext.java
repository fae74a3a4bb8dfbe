package org.ketaminetraining.scheduling;

import java.util.Objects;

/**
 * What a scheduler needs to know about the item besides its state: which item it is (it seeds the interval
 * fuzz, so the same log always gives the same schedule), the learner's programme and the item's class (together
 * they choose the desired retention).
 *
 * @param itemKey     a stable key of the item; pass {@code learnerId + ":" + itemId} if items that one learner
 *                    studies should spread differently from another learner's
 * @param programmeId the learner's programme, looked up in the retention policy (unknown programmes get its default)
 * @param itemClass   standard or safety-critical
 */
public record ReviewContext(String itemKey, String programmeId, ItemClass itemClass) {

    /** The programme id under which the retention policy's defaults apply. */
    public static final String DEFAULT_PROGRAMME = "default";

    public ReviewContext {
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(itemClass, "itemClass");
        if (itemKey.isBlank()) {
            throw new IllegalArgumentException("itemKey must not be blank");
        }
    }

    /** A standard item in the default programme. */
    public static ReviewContext of(String itemKey) {
        return new ReviewContext(itemKey, DEFAULT_PROGRAMME, ItemClass.STANDARD);
    }
}
