package org.ketaminetraining.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ketaminetraining.certification.service.CertificateVerification;
import org.ketaminetraining.certification.signing.VerificationCode;
import org.ketaminetraining.ratelimit.TokenBucketLimiter;
import org.ketaminetraining.ratelimit.VerificationBudget;

/**
 * {@code GET /api/v1/certificates/{code}}: the public answer about a verification code, for anyone, as the
 * verification page gives it in words. Each lookup spends from the client address's budget, which the page spends
 * too; over it the answer is 429 with Retry-After.
 */
@Path("v1/certificates")
@RequestScoped
public class CertificatesResource {

    @Inject
    private CertificateVerification verification;
    @Inject
    private VerificationBudget budget;

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Verification", description = "Public: anyone may check a certificate")
    @Operation(summary = "Check a certificate by its verification code",
            description = "Its status, holder, programme and dates; {\"status\":\"unknown\"} for a code that names none.")
    @APIResponse(responseCode = "200", description = "What the code stands for",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerificationAnswer.class)))
    @APIResponse(responseCode = "429", description = "Too many lookups from this address; Retry-After says when",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationAnswer verify(@PathParam("code") String code, @Context HttpServletRequest request) {
        // The remote address is what Liberty's remoteIp setting resolved: the proxy's client only behind a
        // trusted proxy (KT_TRUSTED_PROXIES), otherwise the connection's own address.
        TokenBucketLimiter.Decision decision = budget.spend(request.getRemoteAddr());
        if (!decision.allowed()) {
            throw ProblemException.tooManyRequests(decision.retryAfterSeconds());
        }
        if (code.length() > VerificationCode.MAX_INPUT_LENGTH) {
            throw ProblemException.badRequest("A verification code has 20 characters (24 with its hyphens); this one"
                    + " has " + code.length() + ". Only codes up to " + VerificationCode.MAX_INPUT_LENGTH
                    + " characters are read.");
        }
        return VerificationAnswer.of(verification.verify(code));
    }
}
