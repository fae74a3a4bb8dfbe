package org.ketaminetraining.web.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import org.apache.wicket.request.resource.ResourceReference;
import org.ketaminetraining.export.XlsxTable;
import org.ketaminetraining.web.component.FreshResource;
import org.ketaminetraining.web.layout.Site;

/**
 * {@code /reports/completion.xlsx}: every row of the completion report with the filters and sort in the URL, as
 * an Excel workbook: the CSV's columns, then the due date, its state and the last activity. Text cells only,
 * neutralised against formulas as the CSV's are. Written straight to the response as the rows are turned into
 * cells (no copy of the file in memory); for managers and administrators, as the CSV.
 */
public final class CompletionXlsxResource extends CompletionDownload {

    /** {@code /reports/completion.xlsx}: the completion report as XLSX, with the page's filters and sort. */
    public static final ResourceReference REFERENCE = FreshResource.of(CompletionXlsxResource.class,
            "completion-xlsx", CompletionXlsxResource::new);

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final long serialVersionUID = 1L;

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        Download download = download(attributes);
        ZoneId zone = Site.get().organisationZone();
        ResourceResponse response = attachment(MEDIA_TYPE, "completion-report.xlsx");
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes writing) {
                try {
                    XlsxTable.write(writing.getResponse().getOutputStream(), "Completion report",
                            CompletionExportColumns.HEADER, CompletionExportColumns.XLSX_WIDTHS,
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
}
