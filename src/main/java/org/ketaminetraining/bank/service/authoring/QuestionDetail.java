package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.model.QuestionType;

/**
 * Everything the question page shows about one question, apart from its content.
 *
 * @param publishedRevision the current revision's number; 0 when never published (only a draft exists)
 * @param draft the open draft, if any
 * @param reviews how many study reviews learners have recorded on any revision
 * @param attempts how many assessment attempts presented any revision
 */
public record QuestionDetail(String questionKey, String moduleKey, String moduleTitle, QuestionType type,
        int publishedRevision, boolean retired, Optional<DraftView> draft, List<RevisionSummary> revisions,
        List<Usage> usedIn, long reviews, long attempts, boolean pendingExport) implements Serializable {

    private static final long serialVersionUID = 1L;

    public QuestionDetail {
        revisions = List.copyOf(revisions);
        usedIn = List.copyOf(usedIn);
    }
}
