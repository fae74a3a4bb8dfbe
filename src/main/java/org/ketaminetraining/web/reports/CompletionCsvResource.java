package org.ketaminetraining.web.reports;

import java.util.List;
import org.apache.wicket.Application;
import org.apache.wicket.request.resource.ResourceReference;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.web.component.FreshResource;
import org.ketaminetraining.web.csv.SpreadsheetCsv;

/**
 * {@code /reports/completion.csv}: every row of the completion report with the filters and sort in the URL (the
 * report page links here with its own parameters), as CSV for a spreadsheet. For managers and administrators;
 * the service limits the rows to the caller's departments. Statuses and dates are in the words the page and the
 * certificate use: "valid_through" is the last day the certificate counts, as printed on it.
 */
public final class CompletionCsvResource extends CompletionDownload {

    /** {@code /reports/completion.csv}: the completion report as CSV, with the page's filters and sort. */
    public static final ResourceReference REFERENCE = FreshResource.of(CompletionCsvResource.class,
            "completion-csv", CompletionCsvResource::new);

    private static final long serialVersionUID = 1L;

    static final List<String> HEADER = List.of("name", "username", "departments", "programme", "status",
            "progress_percent", "issued_on", "valid_through", "certificate_code");

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        CompletionReport report = download(attributes).report();
        List<List<String>> rows = report.rows().stream().map(row -> cells(report, row)).toList();
        ResourceResponse response = attachment("text/csv", "completion-report.csv");
        response.setTextEncoding("UTF-8");
        return bytes(response, SpreadsheetCsv.document(HEADER, rows));
    }

    /** The cells of one row, with what the report page shows in them. */
    static List<String> cells(CompletionReport report, CompletionReport.Row row) {
        return List.of(row.displayName(), row.username(), CompletionReportPage.departmentNames(report, row),
                row.programmeTitle(), statusWords(row.status()), String.valueOf(row.learnedPercent()),
                row.issuedOn().map(CertificateDates::inWords).orElse(""),
                row.validThrough().map(CertificateDates::inWords).orElse(""), row.certificateCode().orElse(""));
    }

    /** The status in the application's words, shared with the report page. */
    static String statusWords(CompletionStatus status) {
        return Application.get().getResourceSettings().getLocalizer().getString("completion." + status.name(),
                null);
    }
}
