package org.ketaminetraining.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ketaminetraining.integration.PageRequest;
import org.ketaminetraining.integration.PageRequest.Page;
import org.ketaminetraining.integration.service.ApiCaller;
import org.ketaminetraining.integration.service.HrReports;

/**
 * The JSON API for HR systems under {@code /api/v1}: completion by department and by person, the departments'
 * certificates and open assignments; read-only, paged ({@code ?page=1&size=50}, at most 200), with an API token
 * ({@code Authorization: Bearer kt_...}) that reads only its departments and is rate limited. A department or
 * person outside the token's reach is answered 404 exactly as one that does not exist.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HR", description = "Completion, certificates and assignments of the departments a token may read")
@SecurityRequirement(name = ApiApplication.BEARER)
@APIResponse(responseCode = "400", description = "A query parameter out of range",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "The token is missing, unknown, revoked or past its last day",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such department or person among those the token may read",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "429", description = "Over the token's rate limit; Retry-After says when to try again",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HrResource {

    @Inject
    private BearerAuthentication door;
    @Inject
    private HrReports reports;
    @Context
    private UriInfo uri;

    @GET
    @Path("departments/{code}/completion")
    @Operation(summary = "Completion of a department's trainees",
            description = "One row per trainee and programme, by name: status, progress, latest certificate, due "
                    + "date and last activity.")
    @APIResponse(responseCode = "200", description = "A page of rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.CompletionPage.class)))
    public Pages.CompletionPage departmentCompletion(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "The department's code") @PathParam("code") String code,
            @Parameter(description = "Page number, from 1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1 to 200 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                            maximum = "200")) @QueryParam("size") String size) {
        ApiCaller caller = door.caller(authorization);
        Page<CompletionEntry> rows = department(reports.departmentCompletion(caller, code, paging(page, size)), code)
                .map(CompletionEntry::of);
        return new Pages.CompletionPage(rows.items(), PageLinks.of(rows, uri));
    }

    @GET
    @Path("departments/{code}/certificates")
    @Operation(summary = "Certificates of a department's trainees",
            description = "The latest certificate of each trainee and programme that has one, by holder's name.")
    @APIResponse(responseCode = "200", description = "A page of certificates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.CertificatePage.class)))
    public Pages.CertificatePage departmentCertificates(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "The department's code") @PathParam("code") String code,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1 to 200 (default 50)") @QueryParam("size") String size) {
        ApiCaller caller = door.caller(authorization);
        Page<CertificateEntry> rows = department(reports.departmentCertificates(caller, code, paging(page, size)),
                code).map(CertificateEntry::of);
        return new Pages.CertificatePage(rows.items(), PageLinks.of(rows, uri));
    }

    @GET
    @Path("departments/{code}/assignments")
    @Operation(summary = "Open assignments of a department's people",
            description = "Who must complete which programme by when, and how the due date stands today.")
    @APIResponse(responseCode = "200", description = "A page of assignments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.AssignmentPage.class)))
    @APIResponse(responseCode = "503", description = "Assignments are not part of this deployment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Pages.AssignmentPage departmentAssignments(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "The department's code") @PathParam("code") String code,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1 to 200 (default 50)") @QueryParam("size") String size) {
        ApiCaller caller = door.caller(authorization);
        PageRequest paging = paging(page, size);
        Optional<Page<HrReports.AssignedPerson>> found;
        try {
            found = reports.departmentAssignments(caller, code, paging);
        } catch (IllegalStateException notDeployed) {
            throw ProblemException.unavailable("Assignments are not available on this server yet.");
        }
        Page<AssignmentEntry> rows = department(found, code).map(AssignmentEntry::of);
        return new Pages.AssignmentPage(rows.items(), PageLinks.of(rows, uri));
    }

    @GET
    @Path("people/{username}/completion")
    @Operation(summary = "Completion of one person",
            description = "The person's row in every programme, when they are a trainee in a department the token "
                    + "may read.")
    @APIResponse(responseCode = "200", description = "A page of rows, one per programme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.CompletionPage.class)))
    public Pages.CompletionPage personCompletion(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "The person's username") @PathParam("username") String username,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1 to 200 (default 50)") @QueryParam("size") String size) {
        ApiCaller caller = door.caller(authorization);
        Page<CompletionEntry> rows = reports.personCompletion(caller, username, paging(page, size))
                .orElseThrow(() -> ProblemException.notFound("There is no trainee '" + shortened(username)
                        + "' in the departments this token may read."))
                .map(CompletionEntry::of);
        return new Pages.CompletionPage(rows.items(), PageLinks.of(rows, uri));
    }

    private static PageRequest paging(String page, String size) {
        try {
            return PageRequest.of(page, size);
        } catch (IllegalArgumentException outOfRange) {
            throw ProblemException.badRequest(outOfRange.getMessage());
        }
    }

    private static <T> Page<T> department(Optional<Page<T>> found, String code) {
        return found.orElseThrow(() -> ProblemException.notFound("There is no department '" + shortened(code)
                + "' among those this token may read."));
    }

    /** What the client sent, repeated only as far as a real code or username goes. */
    private static String shortened(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "\u2026" : text;
    }
}
