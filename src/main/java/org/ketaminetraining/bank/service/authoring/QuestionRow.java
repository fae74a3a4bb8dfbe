package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.model.QuestionType;

/**
 * One line of the question list.
 *
 * @param stemPreview the stem as plain text, cut to about 160 characters
 * @param publishedRevision the current revision's number; 0 for a question never published
 * @param draft the open draft's status, if there is one
 */
public record QuestionRow(String questionKey, String moduleKey, QuestionType type, String stemPreview,
        List<String> tags, boolean safetyCritical, int publishedRevision, boolean retired, Optional<DraftStatus> draft,
        Instant lastChanged) implements Serializable {

    private static final long serialVersionUID = 1L;

    public QuestionRow {
        tags = List.copyOf(tags);
    }
}
