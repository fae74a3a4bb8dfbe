package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.time.Instant;

/**
 * One published revision of a question.
 *
 * @param source where it came from, for people: "file import 12" or "web review"
 * @param publishedBy the import's actor, or the approving educator
 * @param authors for a web revision, the educators who wrote it; empty for a file import
 * @param comment the approver's comment; empty if none
 */
public record RevisionSummary(int number, Instant publishedAt, String source, String publishedBy, String authors,
        String comment) implements Serializable {

    private static final long serialVersionUID = 1L;
}
