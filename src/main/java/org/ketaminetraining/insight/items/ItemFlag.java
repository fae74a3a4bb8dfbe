package org.ketaminetraining.insight.items;

import java.util.Objects;

/**
 * One reason an item needs checking.
 *
 * @param reason      the kind, for sorting and filtering
 * @param explanation the reason in plain words for an educator, with the figures behind it
 */
public record ItemFlag(FlagReason reason, String explanation) {

    public ItemFlag {
        Objects.requireNonNull(reason, "reason");
        Checks.key(explanation, "explanation");
    }
}
