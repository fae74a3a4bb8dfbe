package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.util.List;
import org.ketaminetraining.bank.authoring.DiffRow;

/** Two revisions of a question side by side (revision 0 stands for the open draft). */
public record RevisionComparison(String questionKey, int leftRevision, int rightRevision, List<DiffRow> rows)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public RevisionComparison {
        rows = List.copyOf(rows);
    }
}
