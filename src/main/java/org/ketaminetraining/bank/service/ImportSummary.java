package org.ketaminetraining.bank.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One import attempt as pages show it. {@code problems} are "file:line:column: message" lines. */
public record ImportSummary(long id, Instant startedAt, String actor, String source, boolean applied, int files,
        int questions, int added, int revised, int retired, int unchanged, int problemCount,
        List<String> problems) implements Serializable {

    public ImportSummary {
        problems = List.copyOf(problems);
    }
}
