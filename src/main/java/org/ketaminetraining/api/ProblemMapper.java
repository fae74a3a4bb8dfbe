package org.ketaminetraining.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.ketaminetraining.integration.service.ApiTokenRefusedException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where an error under {@code /api} becomes an answer: {@code application/problem+json} with the
 * right status, for the resources' own refusals ({@link ProblemException}), for the framework's (no such route,
 * wrong method, unacceptable media type) and for anything unexpected (500, logged with its cause under an id the
 * answer repeats; the stack trace stays in the server log).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** Longer request paths are not repeated in the answer: they would only echo what the client sent. */
    private static final int MAX_INSTANCE_LENGTH = 200;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            Response.ResponseBuilder answer = answer(problem.status(), problem.detail());
            problem.headers().forEach(answer::header);
            return answer.build();
        }
        if (failure instanceof ApiTokenRefusedException) {
            // Revoked (or its administrator demoted) between the door and the service's own check.
            return toResponse(ProblemException.unauthorized());
        }
        if (failure instanceof WebApplicationException framework && framework.getResponse().getStatus() < 500) {
            Response refused = framework.getResponse();
            Response.ResponseBuilder answer = answer(refused.getStatus(), detailFor(refused));
            if (refused.getHeaderString(HttpHeaders.ALLOW) != null) {
                answer.header(HttpHeaders.ALLOW, refused.getHeaderString(HttpHeaders.ALLOW));
            }
            return answer.build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request " + path() + " failed (incident " + incident + ")", failure);
        return answer(500, "The server could not answer. The cause is in its log under incident " + incident + ".")
                .build();
    }

    private Response.ResponseBuilder answer(int status, String detail) {
        String path = path();
        String instance = path.isEmpty() || path.length() > MAX_INSTANCE_LENGTH ? null : path;
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.ABOUT_BLANK,
                title(status), status, detail, instance));
    }

    /** What to do about a refusal of the framework's, in words; its own message names internals. */
    private String detailFor(Response refused) {
        return switch (refused.getStatus()) {
            case 404 -> "There is nothing at this address. Look a certificate up at /api/v1/certificates/CODE; the HR"
                    + " routes are listed at /openapi.";
            case 405 -> "This address does not answer " + (request == null ? "this method" : request.getMethod())
                    + "; it answers " + refused.getHeaderString(HttpHeaders.ALLOW) + ".";
            case 406 -> "This API answers in application/json only.";
            case 415 -> "This API reads no request body of this media type.";
            default -> "The request was refused as it was sent.";
        };
    }

    private static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : status >= 500 ? "Server Error" : "Client Error";
    }

    private String path() {
        String uri = request == null ? null : request.getRequestURI();
        return uri == null ? "" : uri;
    }
}
