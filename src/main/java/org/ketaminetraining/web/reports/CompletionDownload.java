package org.ketaminetraining.web.reports;

import jakarta.inject.Inject;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.resource.ContentDisposition;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.CertificationResource;

/**
 * What the completion report's downloads (CSV, XLSX, PDF) share: the report page's filters and sort from the URL,
 * every matching row from the service, which limits them to the caller's departments and refuses anyone who is
 * neither a manager nor an administrator (the role check here only spares such a caller the service call), and
 * an attachment that no cache keeps.
 */
abstract class CompletionDownload extends CertificationResource {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplianceOversight oversight;

    /** The rows the caller asked for, with the view they were asked for in. */
    record Download(ReportView view, CompletionReport report) {
    }

    /**
     * Every row of the view in the URL that the caller may see.
     *
     * @throws RestartResponseException to the 403 page when the caller may not see the report
     * @throws AbortWithHttpErrorCodeException 400 when the URL names a status that does not exist
     */
    protected final Download download(Attributes attributes) {
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
        try {
            return new Download(view, oversight.completionReport(caller, view.allRowsQuery()));
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        }
    }

    /** A download named {@code fileName}, never cached (the rows change as people study). */
    protected static ResourceResponse attachment(String contentType, String fileName) {
        ResourceResponse response = new ResourceResponse();
        response.disableCaching();
        response.setContentType(contentType);
        response.setFileName(fileName);
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        return response;
    }
}
