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

/**
 * What the completion report shows, as it stands in the URL so that a view can be bookmarked and shared:
 * {@code dept} (a department code), {@code status} ({@code expiring-soon}), {@code sort} ({@code name}),
 * {@code dir} ({@code asc} or {@code desc}) and {@code page} (from 1). Missing or unreadable sort, direction and
 * page mean the default (by name, ascending, first page); defaults are left out of the URLs made here.
 *
 * <p>A status is a filter, so it is never dropped quietly: it is read whatever its case and with underscores or
 * dashes ({@code REVOKED}, {@code expiring_soon}), and one that names no status is kept as {@code rejectedStatus}
 * for the page to name, rather than showing everyone as if they matched.
 *
 * @param departmentCode the department filter, null for all
 * @param statusFilter   the status filter, null for all
 * @param rejectedStatus a status asked for that names none, shortened for display; null when none was
 */
record ReportView(String departmentCode, CompletionStatus statusFilter, Sort sort, boolean ascending, int page,
        String rejectedStatus) implements Serializable {

    static final int PAGE_SIZE = 25;
    /** Far beyond any real report; keeps the first row's index well inside an int. */
    private static final int MAX_PAGE = 100_000;
    /** Longer than any status's name; a longer value is not read, only named (shortened). */
    private static final int MAX_STATUS = 40;

    ReportView(String departmentCode, CompletionStatus statusFilter, Sort sort, boolean ascending, int page) {
        this(departmentCode, statusFilter, sort, ascending, page, null);
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
        return new ReportView(dept.isEmpty() || dept.length() > 64 ? null : dept, status.orElse(null), sort,
                ascending, page, rejected);
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
        return new ReportView(newDepartment, newStatus, sort, ascending, 1, null);
    }

    /** Sorted by the column, ascending; the column already sorted by turns round. Back to the first page. */
    ReportView sortedBy(Sort column) {
        return new ReportView(departmentCode, statusFilter, column, column != sort || !ascending, 1, rejectedStatus);
    }

    ReportView atPage(int number) {
        return new ReportView(departmentCode, statusFilter, sort, ascending, number, rejectedStatus);
    }

    CompletionQuery pageQuery() {
        return rowsQuery((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** The rows from {@code first} with the same filters and sort. */
    CompletionQuery rowsQuery(int first, int count) {
        return new CompletionQuery(department(), status(), sort, ascending, first, count);
    }

    /** Every row with the same filters and sort, for the CSV export. */
    CompletionQuery allRowsQuery() {
        return new CompletionQuery(department(), status(), sort, ascending, 0, 0);
    }

    static String urlName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> Optional<E> parse(E[] values, String text) {
        return Arrays.stream(values).filter(v -> urlName(v).equals(text)).findFirst();
    }
}
