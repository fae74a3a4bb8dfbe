package org.ketaminetraining.web.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.wicket.request.resource.ResourceReference;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.export.PdfTable;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.FreshResource;
import org.ketaminetraining.web.layout.Site;

/**
 * {@code /reports/completion.pdf}: every row of the completion report with the filters and sort in the URL, as
 * a landscape PDF table to print or file: the XLSX's columns, the filters and the date above the table, the header
 * on every page, page numbers. For managers and administrators, as the CSV.
 */
public final class CompletionPdfResource extends CompletionDownload {

    /** {@code /reports/completion.pdf}: the completion report as PDF, with the page's filters and sort. */
    public static final ResourceReference REFERENCE = FreshResource.of(CompletionPdfResource.class,
            "completion-pdf", CompletionPdfResource::new);

    private static final long serialVersionUID = 1L;

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        Download download = download(attributes);
        ZoneId zone = Site.get().organisationZone();
        Instant now = Site.get().clock().instant();
        List<String> notes = notes(download, zone, now);
        ResourceResponse response = attachment("application/pdf", "completion-report.pdf");
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes writing) {
                try {
                    PdfTable.write(writing.getResponse().getOutputStream(), "Completion report", notes,
                            CompletionExportColumns.HEADER, CompletionExportColumns.PDF_SHARES,
                            () -> download.report().rows().stream()
                                    .map(row -> CompletionExportColumns.cells(download.report(), row, zone))
                                    .iterator());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return response;
    }

    /** What the table shows and when: the filters (or "all"), the sort, the number of rows, the date. */
    static List<String> notes(Download download, ZoneId zone, Instant now) {
        ReportView view = download.view();
        CompletionReport report = download.report();
        List<String> notes = new ArrayList<>();
        notes.add("Department: " + view.department().map(code -> report.departments().stream()
                .filter(d -> d.code().equals(code)).map(CompletionReport.Department::name).findFirst().orElse(code))
                .orElse("all departments you oversee"));
        notes.add("Status: " + view.status().map(CompletionCsvResource::statusWords).orElse("any"));
        notes.add("Sorted by " + ReportView.urlName(view.sort()).replace('-', ' ')
                + (view.ascending() ? ", ascending" : ", descending") + "; " + report.totalRows()
                + (report.totalRows() == 1 ? " row" : " rows"));
        notes.add("As of " + CertificateDates.inWords(now.atZone(zone).toLocalDate()) + " (printed "
                + DisplayTime.readable(now, zone) + ", " + zone.getId() + ")");
        return notes;
    }
}
