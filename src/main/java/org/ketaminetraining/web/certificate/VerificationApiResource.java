package org.ketaminetraining.web.certificate;

import java.util.Locale;
import org.ketaminetraining.certification.service.Verification;
import org.ketaminetraining.web.KetamineTrainingApplication;
import org.ketaminetraining.web.ratelimit.ClientKey;
import org.ketaminetraining.web.ratelimit.TokenBucketLimiter;

/**
 * {@code GET /api/v1/certificates/${code}}: the public answer about a code as JSON, never cached. A known code
 * gives its status, holder, programme and dates; an unknown or malformed one only {@code {"status":"unknown"}}.
 * Lookups share the verification page's budget per client address; over it the answer is 429 with Retry-After.
 */
class VerificationApiResource extends CertificationResource {

    private static final long serialVersionUID = 1L;
    static final String JSON = "application/json";

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        response.disableCaching();
        TokenBucketLimiter.Decision decision = KetamineTrainingApplication.get().verificationLimiter()
                .tryAcquire(ClientKey.of(remoteAddress(attributes)));
        if (!decision.allowed()) {
            response.getHeaders().setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            return text(response, 429, JSON, JsonText.object().string("status", "rate-limited").toString());
        }
        String code = attributes.getParameters().get("code").toString("");
        return text(response, JSON, body(certification().verify(code)));
    }

    static String body(Verification verification) {
        String status = verification.outcome().name().toLowerCase(Locale.ROOT);
        if (verification.outcome() == Verification.Outcome.UNKNOWN || verification.details().isEmpty()) {
            return JsonText.object().string("status", "unknown").toString();
        }
        Verification.Details d = verification.details().get();
        return JsonText.object()
                .string("code", d.code())
                .string("status", status)
                .string("holderName", d.holderName())
                .string("programme", d.programmeTitle())
                .string("issuedOn", d.issuedOn().toString())
                .string("expiresOn", d.expiresOn().toString())
                .string("validThrough", d.validThrough().toString())
                .toString();
    }
}
