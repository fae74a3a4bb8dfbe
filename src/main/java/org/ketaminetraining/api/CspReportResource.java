package org.ketaminetraining.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ketaminetraining.ratelimit.CspReportBudget;
import org.ketaminetraining.ratelimit.TokenBucketLimiter;

/**
 * {@code POST /api/csp-report}: where browsers send the Content-Security-Policy violations of the app's pages (the
 * pages' policy names it in {@code report-uri}). A violation on a page of this app means something tried to run or
 * load what the page did not put there, most likely an injection attempt, so each one is a warning line in the
 * server's log naming the client, the directive, what was blocked and the page.
 *
 * <p>It reads only the two report media types, at most {@value #MAX_BYTES} bytes (counted before parsing), from
 * a client within its budget ({@link CspReportBudget}), and answers 204 with nothing to read. It lives under
 * {@code /api}, outside Wicket, so the pages' same-origin rule for state changes does not apply: browsers send
 * reports without the page's Fetch Metadata and Origin rules, and a report changes nothing but the log. What it
 * logs is cut and cleaned ({@link CspReports}); nothing of a report is ever shown on a page.
 */
@Path("csp-report")
@RequestScoped
public class CspReportResource {

    static final int MAX_BYTES = 8 * 1024;
    static final String CSP_REPORT = "application/csp-report";
    static final String REPORTS_JSON = "application/reports+json";

    private static final Logger LOG = Logger.getLogger(CspReportResource.class.getName());

    @Inject
    private CspReportBudget budget;

    @POST
    @Consumes({CSP_REPORT, REPORTS_JSON})
    @Operation(hidden = true)
    public Response report(InputStream body, @Context HttpServletRequest request) throws IOException {
        String client = request.getRemoteAddr();
        TokenBucketLimiter.Decision decision = budget.spend(client);
        if (!decision.allowed()) {
            throw ProblemException.tooManyReports(decision.retryAfterSeconds());
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw ProblemException.tooLarge(MAX_BYTES);
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw ProblemException.tooLarge(MAX_BYTES);
        }
        List<String> violations;
        try {
            violations = CspReports.summaries(bytes);
        } catch (CspReports.Malformed malformed) {
            throw ProblemException.badRequest(malformed.getMessage());
        }
        String from = CspReports.clean(String.valueOf(client));
        violations.stream().limit(CspReports.MAX_LOGGED)
                .forEach(violation -> LOG.warning("CSP violation report from " + from + ": " + violation));
        if (violations.size() > CspReports.MAX_LOGGED) {
            LOG.warning("CSP violation report from " + from + ": " + (violations.size() - CspReports.MAX_LOGGED)
                    + " more violations in the same body");
        }
        return Response.noContent().build();
    }
}
