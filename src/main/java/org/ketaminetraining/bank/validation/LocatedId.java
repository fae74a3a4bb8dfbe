package org.ketaminetraining.bank.validation;

import java.util.Objects;

/** An identifier as written in a file, remembered with its place so that a clash can point at both ends. */
public record LocatedId(String id, SourceLocation location) {
    public LocatedId {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
    }
}
