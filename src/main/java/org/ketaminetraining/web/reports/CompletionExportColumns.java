package org.ketaminetraining.web.reports;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.Application;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.service.CompletionReport.Row;
import org.ketaminetraining.compliance.Due;
import org.ketaminetraining.compliance.DueState;
import org.ketaminetraining.web.component.DisplayTime;

/**
 * The columns of the XLSX and PDF exports: the CSV's, in its order and words, then the due date, how it stands,
 * and the last activity (in the organisation's time zone). The header names are the CSV's style, so a program
 * that reads one file reads the others.
 */
final class CompletionExportColumns {

    static final List<String> HEADER;
    /** Column widths in characters for the spreadsheet. */
    static final List<Double> XLSX_WIDTHS = List.of(28.0, 18.0, 26.0, 28.0, 20.0, 10.0, 17.0, 17.0, 26.0, 17.0, 14.0,
            20.0);
    /** Each column's share of the PDF page's width. */
    static final float[] PDF_SHARES = {14, 9, 12, 13, 9, 5, 9, 9, 13, 9, 8, 10};

    static {
        List<String> header = new ArrayList<>(CompletionCsvResource.HEADER);
        header.addAll(List.of("due_on", "due_state", "last_activity"));
        HEADER = List.copyOf(header);
    }

    private CompletionExportColumns() {
    }

    /** The cells of one row: the CSV's, then due date, due state and last activity. */
    static List<String> cells(CompletionReport report, Row row, ZoneId zone) {
        List<String> cells = new ArrayList<>(CompletionCsvResource.cells(report, row));
        cells.add(row.due().dueOn().map(CertificateDates::inWords).orElse(""));
        cells.add(dueWords(row.due()));
        cells.add(row.lastActivity().map(when -> DisplayTime.readable(when, zone)).orElse(""));
        return cells;
    }

    /** How the due date stands, in words; "due in N days" when it is soon. */
    static String dueWords(Due due) {
        DueState state = due.state();
        String words = Application.get().getResourceSettings().getLocalizer().getString("due." + state.name(), null,
                switch (state) {
                    case NOT_ASSIGNED -> "Not assigned";
                    case MET -> "Met";
                    case DUE -> "Due";
                    case DUE_SOON -> "Due soon";
                    case OVERDUE -> "Overdue";
                });
        if (state == DueState.DUE_SOON || state == DueState.OVERDUE) {
            long days = due.daysLeft().orElse(0L);
            if (state == DueState.DUE_SOON) {
                return words + " (in " + days + (days == 1 ? " day)" : " days)");
            }
            return words + " (" + -days + (days == -1 ? " day)" : " days)");
        }
        return words;
    }
}
