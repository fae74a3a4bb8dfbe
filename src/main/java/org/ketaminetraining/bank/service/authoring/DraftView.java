package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.authoring.FieldProblem;

/**
 * An open draft as its editor and its reviewer see it.
 *
 * @param baseRevision the published revision the draft started from; 0 for a new question
 * @param authors every educator who saved this draft, in order of first save (none of them may approve it)
 * @param returnComment the reviewer's comment when the draft was last returned; empty if never
 * @param version increases at every change; a save or transition names the version it read
 * @param problems what still stops the draft from going to review; empty when it is complete
 */
public record DraftView(String questionKey, DraftQuestion content, DraftStatus status, int baseRevision,
        List<String> authors, String returnComment, long version, Instant updatedAt, String updatedBy,
        List<FieldProblem> problems) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DraftView {
        authors = List.copyOf(authors);
        problems = List.copyOf(problems);
        returnComment = returnComment == null ? "" : returnComment;
    }

    public boolean isComplete() {
        return problems.isEmpty();
    }
}
