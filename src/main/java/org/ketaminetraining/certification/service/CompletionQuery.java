package org.ketaminetraining.certification.service;

import java.util.Optional;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.compliance.DueState;

/**
 * Which rows of the completion report to show: filters, the sort, and the page.
 *
 * @param maxResults rows per page; 0 means every row (the CSV export of what is shown)
 * @param due        only rows whose due date stands so (for example the overdue), when given
 */
public record CompletionQuery(Optional<String> departmentCode, Optional<CompletionStatus> status, Sort sort,
        boolean ascending, int firstResult, int maxResults, Optional<DueState> due) {

    /** The columns the report can be sorted by. */
    public enum Sort {
        NAME, DEPARTMENT, PROGRAMME, STATUS, PROGRESS, VALID_THROUGH
    }

    public CompletionQuery {
        if (firstResult < 0 || maxResults < 0) {
            throw new IllegalArgumentException("paging out of range");
        }
        java.util.Objects.requireNonNull(due, "due");
    }

    /** A query without a due-date filter. */
    public CompletionQuery(Optional<String> departmentCode, Optional<CompletionStatus> status, Sort sort,
            boolean ascending, int firstResult, int maxResults) {
        this(departmentCode, status, sort, ascending, firstResult, maxResults, Optional.empty());
    }

    public static CompletionQuery all() {
        return new CompletionQuery(Optional.empty(), Optional.empty(), Sort.NAME, true, 0, 0);
    }
}
