package org.ketaminetraining.web.reports;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.service.CompletionQuery.Sort;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.rules.ComplianceCount;
import org.ketaminetraining.compliance.DueState;

/**
 * What the completion report shows, as it stands in the URL so that a view can be bookmarked and shared:
 * {@code dept} (a department code), {@code status} ({@code expiring-soon}), {@code sort} ({@code name}),
 * {@code dir} ({@code asc} or {@code desc}) and {@code page} (from 1). Missing or unreadable sort, direction and
 * page mean the default (by name, ascending, first page); defaults are left out of the URLs made here. Two more
 * filters come from the manager's dashboard: {@code due} (a due state, {@code overdue}) and {@code count} (one of
 * the dashboard's counts, {@code expiring-30}), so that each count links to exactly the rows it counted.
 *
 * <p>A status is a filter, so it is never dropped quietly: it is read whatever its case and with underscores or
 * dashes ({@code REVOKED}, {@code expiring_soon}), and one that names no status is kept as {@code rejectedStatus}
 * for the page to name, rather than showing everyone as if they matched.
 *
 * @param departmentCode the department filter, null for all
 * @param statusFilter   the status filter, null for all
 * @param rejectedStatus a status asked for that names none, shortened for display; null when none was
 * @param dueFilter      the due-state filter, null for all
 * @param countFilter    the dashboard count filter, null for none
 * @param rejectedOther  a due state or count asked for that names none, as "due=..." or "count=...", shortened;
 *                       null when none was
 * @param programmeFilter the programme id ({@code prog}) the dashboard's links narrow to, null for all
 */
record ReportView(String departmentCode, CompletionStatus statusFilter, Sort sort, boolean ascending, int page,
        String rejectedStatus, DueState dueFilter, ComplianceCount countFilter, String rejectedOther,
        String programmeFilter) implements Serializable {

    static final int PAGE_SIZE = 25;
    /** Far beyond any real report; keeps the first row's index well inside an int. */
    private static final int MAX_PAGE = 100_000;
    /** Longer than any status's name; a longer value is not read, only named (shortened). */
    private static final int MAX_STATUS = 40;

    ReportView(String departmentCode, CompletionStatus statusFilter, Sort sort, boolean ascending, int page) {
        this(departmentCode, statusFilter, sort, ascending, page, null, null, null, null, null);
    }

    static ReportView of(PageParameters parameters) {
        String dept = parameters.get("dept").toString("").strip();
        String statusText = parameters.get("status").toString("").strip();
        Optional<CompletionStatus> status = statusText.length() > MAX_STATUS ? Optional.empty()
                : parse(CompletionStatus.values(), statusText.toLowerCase(Locale.ROOT).replace('_', '-'));
        String rejected = statusText.isEmpty() || status.isPresent() ? null
                : statusText.length() > MAX_STATUS ? statusText.substring(0, MAX_STATUS) + "\u2026" : statusText;
        String sortName = parameters.get("sort").toString("");
        // The column was "expires" until it showed the day the certificate is valid through; bookmarks live on.
        Sort sort = "expires".equals(sortName) ? Sort.VALID_THROUGH : parse(Sort.values(), sortName).orElse(Sort.NAME);
        boolean ascending = !"desc".equals(parameters.get("dir").toString(""));
        int page = Math.min(MAX_PAGE, Math.max(1, parameters.get("page").toInt(1)));
        String prog = parameters.get("prog").toString("").strip();
        String dueText = parameters.get("due").toString("").strip();
        String countText = parameters.get("count").toString("").strip();
        Optional<DueState> due = readable(DueState.values(), dueText);
        Optional<ComplianceCount> count = readable(ComplianceCount.values(), countText);
        String rejectedOther = !dueText.isEmpty() && due.isEmpty() ? "due=" + shortened(dueText)
                : !countText.isEmpty() && count.isEmpty() ? "count=" + shortened(countText) : null;
        return new ReportView(dept.isEmpty() || dept.length() > 64 ? null : dept, status.orElse(null), sort,
                ascending, page, rejected, due.orElse(null), count.orElse(null), rejectedOther,
                prog.isEmpty() || prog.length() > 100 ? null : prog);
    }

    private static <E extends Enum<E>> Optional<E> readable(E[] values, String text) {
        return text.length() > MAX_STATUS ? Optional.empty()
                : parse(values, text.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static String shortened(String text) {
        return text.length() > MAX_STATUS ? text.substring(0, MAX_STATUS) + "\u2026" : text;
    }

    /** A due state or count asked for in the URL that names none, as "due=..." or "count=..."; empty if none. */
    Optional<String> unreadableOther() {
        return Optional.ofNullable(rejectedOther);
    }

    Optional<String> programme() {
        return Optional.ofNullable(programmeFilter);
    }

    Optional<DueState> due() {
        return Optional.ofNullable(dueFilter);
    }

    Optional<ComplianceCount> count() {
        return Optional.ofNullable(countFilter);
    }

    /** Every due state or count as the URL writes it, for the message naming an unreadable one. */
    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(ReportView::urlName).collect(Collectors.joining(", "));
    }

    /** The status asked for in the URL that names no status, to be named to the reader; empty when none was. */
    Optional<String> unreadableStatus() {
        return Optional.ofNullable(rejectedStatus);
    }

    /** Every status as the URL writes it, for the message that names an unreadable one. */
    static String statusNames() {
        return Arrays.stream(CompletionStatus.values()).map(ReportView::urlName).collect(Collectors.joining(", "));
    }

    Optional<String> department() {
        return Optional.ofNullable(departmentCode);
    }

    Optional<CompletionStatus> status() {
        return Optional.ofNullable(statusFilter);
    }

    PageParameters parameters() {
        PageParameters p = new PageParameters();
        department().ifPresent(d -> p.add("dept", d));
        status().map(ReportView::urlName).or(this::unreadableStatus).ifPresent(s -> p.add("status", s));
        due().ifPresent(d -> p.add("due", urlName(d)));
        count().ifPresent(c -> p.add("count", urlName(c)));
        programme().ifPresent(id -> p.add("prog", id));
        if (sort != Sort.NAME) {
            p.add("sort", urlName(sort));
        }
        if (!ascending) {
            p.add("dir", "desc");
        }
        if (page > 1) {
            p.add("page", page);
        }
        return p;
    }

    ReportView withFilters(String newDepartment, CompletionStatus newStatus) {
        return withFilters(newDepartment, newStatus, dueFilter);
    }

    /** New filters from the form; a dashboard count stays until it is removed ({@link #withoutCount}). */
    ReportView withFilters(String newDepartment, CompletionStatus newStatus, DueState newDue) {
        return new ReportView(newDepartment, newStatus, sort, ascending, 1, null, newDue, countFilter, null,
                programmeFilter);
    }

    /** Without the dashboard's count and programme: everyone of the other filters. */
    ReportView withoutCount() {
        return new ReportView(departmentCode, statusFilter, sort, ascending, 1, rejectedStatus, dueFilter, null,
                rejectedOther, null);
    }

    /** Sorted by the column, ascending; the column already sorted by turns round. Back to the first page. */
    ReportView sortedBy(Sort column) {
        return new ReportView(departmentCode, statusFilter, column, column != sort || !ascending, 1, rejectedStatus,
                dueFilter, countFilter, rejectedOther, programmeFilter);
    }

    ReportView atPage(int number) {
        return new ReportView(departmentCode, statusFilter, sort, ascending, number, rejectedStatus, dueFilter,
                countFilter, rejectedOther, programmeFilter);
    }

    CompletionQuery pageQuery() {
        return rowsQuery((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** The rows from {@code first} with the same filters and sort. */
    CompletionQuery rowsQuery(int first, int size) {
        return new CompletionQuery(department(), status(), sort, ascending, first, size, due(), count(),
                programme());
    }

    /** Every row with the same filters and sort, for the CSV export. */
    CompletionQuery allRowsQuery() {
        return new CompletionQuery(department(), status(), sort, ascending, 0, 0, due(), count(), programme());
    }

    static String urlName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> Optional<E> parse(E[] values, String text) {
        return Arrays.stream(values).filter(v -> urlName(v).equals(text)).findFirst();
    }
}
