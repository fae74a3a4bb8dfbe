package org.ketaminetraining.certification.service;

import java.util.Optional;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.ComplianceCount;
import org.ketaminetraining.compliance.DueState;

/**
 * Which rows of the completion report to show: filters, the sort, and the page.
 *
 * @param maxResults rows per page; 0 means every row (the CSV export of what is shown)
 * @param due        only rows whose due date stands so (for example the overdue), when given
 * @param count      only rows in one of the manager dashboard's counts (for example expiring within 30 days), when
 *                   given: the dashboard's links show exactly the rows it counted
 * @param programmeId only rows of this programme, when given (the dashboard counts per programme)
 */
public record CompletionQuery(Optional<String> departmentCode, Optional<CompletionStatus> status, Sort sort,
        boolean ascending, int firstResult, int maxResults, Optional<DueState> due, Optional<ComplianceCount> count,
        Optional<String> programmeId) {

    /** The columns the report can be sorted by. */
    public enum Sort {
        NAME, DEPARTMENT, PROGRAMME, STATUS, PROGRESS, VALID_THROUGH
    }

    public CompletionQuery {
        if (firstResult < 0 || maxResults < 0) {
            throw new IllegalArgumentException("paging out of range");
        }
        java.util.Objects.requireNonNull(due, "due");
        java.util.Objects.requireNonNull(count, "count");
        java.util.Objects.requireNonNull(programmeId, "programmeId");
    }

    /** A query of every programme. */
    public CompletionQuery(Optional<String> departmentCode, Optional<CompletionStatus> status, Sort sort,
            boolean ascending, int firstResult, int maxResults, Optional<DueState> due,
            Optional<ComplianceCount> count) {
        this(departmentCode, status, sort, ascending, firstResult, maxResults, due, count, Optional.empty());
    }

    /** A query without a dashboard count filter. */
    public CompletionQuery(Optional<String> departmentCode, Optional<CompletionStatus> status, Sort sort,
            boolean ascending, int firstResult, int maxResults, Optional<DueState> due) {
        this(departmentCode, status, sort, ascending, firstResult, maxResults, due, Optional.empty());
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
