package org.ketaminetraining.bank.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The programmes of questions/curriculum.yaml, with the curriculum's version label (for example "2026.1"). */
public record Curriculum(String version, List<Programme> programmes) {
    public Curriculum {
        Objects.requireNonNull(version, "version");
        programmes = List.copyOf(programmes);
    }

    public Optional<Programme> programme(String programmeId) {
        return programmes.stream().filter(p -> p.id().equals(programmeId)).findFirst();
    }
}
