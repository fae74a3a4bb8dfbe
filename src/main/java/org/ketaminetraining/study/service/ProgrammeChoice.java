package org.ketaminetraining.study.service;

import java.io.Serializable;
import java.util.Objects;

/** A programme a learner can study for. */
public record ProgrammeChoice(String id, String title) implements Serializable {
    public ProgrammeChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
