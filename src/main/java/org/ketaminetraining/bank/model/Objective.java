package org.ketaminetraining.bank.model;

import java.util.Objects;

/** A learning objective of a module; every question serves exactly one. */
public record Objective(String id, String text) {
    public Objective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
