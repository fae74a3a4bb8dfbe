package org.ketaminetraining.bank.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One import attempt as pages show it. {@code problems} are "file:line:column: message" lines, or, for files refused
 * because they disagree with changes made in the browser, "question id: ..." lines. {@code kind} says whether the
 * files were read ({@link Kind#FILES}) or a change was published in the browser ({@link Kind#WEB}).
 */
public record ImportSummary(long id, Instant startedAt, String actor, String source, boolean applied, int files,
        int questions, int added, int revised, int retired, int unchanged, int problemCount,
        List<String> problems, Kind kind) implements Serializable {

    /** Where the change came from. */
    public enum Kind {
        /** The bank files were read. */
        FILES,
        /** A change published in the browser (an approval, a retirement, a reinstatement, a bulk tag change). */
        WEB
    }

    public ImportSummary {
        problems = List.copyOf(problems);
        Objects.requireNonNull(kind, "kind");
    }

    /** A file import. */
    public ImportSummary(long id, Instant startedAt, String actor, String source, boolean applied, int files,
            int questions, int added, int revised, int retired, int unchanged, int problemCount,
            List<String> problems) {
        this(id, startedAt, actor, source, applied, files, questions, added, revised, retired, unchanged,
                problemCount, problems, Kind.FILES);
    }
}
