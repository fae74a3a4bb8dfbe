package org.ketaminetraining.bank.model;

import java.util.Objects;

/** Free text a learner typed for a short-text question. */
public record TextResponse(String text) implements Response {
    public TextResponse {
        Objects.requireNonNull(text, "text");
    }
}
