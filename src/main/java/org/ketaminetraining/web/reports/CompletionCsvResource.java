package org.ketaminetraining.web.reports;

import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.Application;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.request.resource.ResourceReference;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.layout.CertificationResource;
import org.ketaminetraining.web.component.FreshResource;
import org.ketaminetraining.web.csv.SpreadsheetCsv;
import org.ketaminetraining.web.layout.AccessDeniedPage;

/**
 * {@code /reports/completion.csv}: every row of the completion report with the filters and sort in the URL (the
 * report page links here with its own parameters), as CSV for a spreadsheet. For managers and administrators;
 * the service limits the rows to the caller's departments. Statuses and dates are in the words the page and the
 * certificate use: "valid_through" is the last day the certificate counts, as printed on it.
 */
public final class CompletionCsvResource extends CertificationResource {

    /** {@code /reports/completion.csv}: the completion report as CSV, with the page's filters and sort. */
    public static final ResourceReference REFERENCE = FreshResource.of(CompletionCsvResource.class,
            "completion-csv", CompletionCsvResource::new);

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplianceOversight oversight;
    static final List<String> HEADER = List.of("name", "username", "departments", "programme", "status",
            "progress_percent", "issued_on", "valid_through", "certificate_code");

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        SignedInUser caller = signedIn();
        if (!caller.has(Role.MANAGER) && !caller.has(Role.ADMIN)) {
            throw new RestartResponseException(AccessDeniedPage.class);
        }
        ReportView view = ReportView.of(attributes.getParameters());
        if (view.unreadableStatus().isPresent()) {
            // A file of everyone would pass for a file of those with the status asked for.
            throw new AbortWithHttpErrorCodeException(400, "There is no status '" + view.unreadableStatus().get()
                    + "'. Use one of " + ReportView.statusNames() + ".");
        }
        CompletionReport report;
        try {
            report = oversight.completionReport(caller, view.allRowsQuery());
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        }
        List<List<String>> rows = report.rows().stream().map(row -> cells(report, row)).toList();
        ResourceResponse response = new ResourceResponse();
        response.disableCaching();
        response.setContentType("text/csv");
        response.setTextEncoding("UTF-8");
        response.setFileName("completion-report.csv");
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        return bytes(response, SpreadsheetCsv.document(HEADER, rows));
    }

    /** The cells of one row, with what the report page shows in them. */
    private static List<String> cells(CompletionReport report, CompletionReport.Row row) {
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
