package org.ketaminetraining.certification.service;

import java.util.Optional;
import org.ketaminetraining.certification.rules.CompletionStatus;

/**
 * Which rows of the completion report to show: filters, the sort, and the page.
 *
 * @param maxResults rows per page; 0 means every row (the CSV export of what is shown)
 */
public record CompletionQuery(Optional<String> departmentCode, Optional<CompletionStatus> status, Sort sort,
        boolean ascending, int firstResult, int maxResults) {

    /** The columns the report can be sorted by. */
    public enum Sort {
        NAME, DEPARTMENT, PROGRAMME, STATUS, PROGRESS, VALID_THROUGH
    }

    public CompletionQuery {
        if (firstResult < 0 || maxResults < 0) {
            throw new IllegalArgumentException("paging out of range");
        }
    }

    public static CompletionQuery all() {
        return new CompletionQuery(Optional.empty(), Optional.empty(), Sort.NAME, true, 0, 0);
    }
}
