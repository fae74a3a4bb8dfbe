package org.ketaminetraining.bank.model;

import java.util.Objects;

/** A word from the tag vocabulary, with the sentence that tells authors when to use it. */
public record Tag(String id, String description) {
    public Tag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
    }
}
