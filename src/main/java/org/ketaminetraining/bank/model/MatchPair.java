package org.ketaminetraining.bank.model;

import java.util.Objects;

/** A left item and the right item it belongs with; the app shuffles the right column. */
public record MatchPair(String left, String right) {
    public MatchPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
