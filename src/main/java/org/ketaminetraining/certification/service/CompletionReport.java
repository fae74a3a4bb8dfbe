package org.ketaminetraining.certification.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.compliance.Due;

/**
 * One page of the completion report, the total number of rows matching the filters, and the departments the
 * caller may filter by.
 */
public record CompletionReport(List<Row> rows, int totalRows, List<Department> departments) {

    public CompletionReport {
        rows = List.copyOf(rows);
        departments = List.copyOf(departments);
    }

    /** A department the caller may see, for the filter. */
    public record Department(String code, String name) {
    }

    /**
     * One person in one programme. No answers, scores or items: a manager sees where someone stands, never what
     * they answered.
     *
     * @param learnedPercent share of the programme's items learned, 0 to 100, rounded down
     * @param validThrough   the last day the latest certificate counts (what the certificate prints), not its
     *                       expiry date
     * @param oversight      the facts that decide which actions the row offers the caller, and why not the others
     * @param due            the person's due date for the programme, from their open assignments
     *                       ({@link org.ketaminetraining.compliance.DueState#NOT_ASSIGNED} when none)
     * @param lastActivity   the person's last answer in the programme's study or assessments, if any
     */
    public record Row(long accountId, String displayName, String username, List<String> departments,
            String programmeId, String programmeTitle, CompletionStatus status, int learnedPercent,
            Optional<LocalDate> issuedOn, Optional<LocalDate> validThrough, Optional<String> certificateCode,
            Oversight oversight, Due due, Optional<Instant> lastActivity) {

        public Row {
            departments = List.copyOf(departments);
            Objects.requireNonNull(oversight, "oversight");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(lastActivity, "lastActivity");
        }
    }
}
