package org.ketaminetraining.bank.authoring;

import java.io.Serializable;
import java.util.Objects;

/**
 * Whether a step of the review workflow may happen, and if not, why, in a sentence the educator can act on.
 *
 * @param reason empty when allowed
 */
public record ReviewDecision(boolean allowed, String reason) implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ReviewDecision ALLOWED = new ReviewDecision(true, "");

    public ReviewDecision {
        Objects.requireNonNull(reason, "reason");
        if (allowed != reason.isEmpty()) {
            throw new IllegalArgumentException("a refusal, and only a refusal, has a reason");
        }
    }

    public static ReviewDecision allow() {
        return ALLOWED;
    }

    public static ReviewDecision refuse(String reason) {
        return new ReviewDecision(false, reason);
    }

    public boolean refused() {
        return !allowed;
    }
}
