package org.ketaminetraining.api;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal a resource decides on, with a detail written for the client (unlike the framework's exceptions, whose
 * messages name internals and are never shown). {@link ProblemMapper} turns it into the problem answer.
 */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient Map<String, String> headers;

    private ProblemException(int status, String detail, Map<String, String> headers) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    static ProblemException badRequest(String detail) {
        return new ProblemException(400, detail, Map.of());
    }

    /** 429 with the Retry-After header, in whole seconds. */
    static ProblemException tooManyRequests(long retryAfterSeconds) {
        String wait = retryAfterSeconds == 1 ? "1 second" : retryAfterSeconds + " seconds";
        return new ProblemException(429, "Too many certificate lookups from your address. Wait " + wait
                + ", then try again.", Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** 429 for a client sending more violation reports than its budget, with Retry-After in whole seconds. */
    static ProblemException tooManyReports(long retryAfterSeconds) {
        return new ProblemException(429, "Too many violation reports from your address. Wait " + retryAfterSeconds
                + (retryAfterSeconds == 1 ? " second" : " seconds") + ", then send again.",
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** 413 for a body longer than a resource reads. */
    static ProblemException tooLarge(int maxBytes) {
        return new ProblemException(413, "This address reads at most " + maxBytes + " bytes.", Map.of());
    }

    /**
     * 401 for a missing, unknown, revoked or expired API token, with the same words for each, so nobody learns
     * which tokens exist; the challenge names the scheme to use.
     */
    static ProblemException unauthorized() {
        return new ProblemException(401, "Send a valid API token as 'Authorization: Bearer kt_...'. The token given"
                + " is missing, unknown, revoked or past its last day; an administrator creates tokens under"
                + " Administration, API tokens.", Map.of("WWW-Authenticate", "Bearer realm=\"ketamine-training\""));
    }

    /** 404 with the detail given, for what does not exist or is outside the caller's reach alike. */
    static ProblemException notFound(String detail) {
        return new ProblemException(404, detail, Map.of());
    }

    /** 503: a part of the API this deployment does not offer yet. */
    static ProblemException unavailable(String detail) {
        return new ProblemException(503, detail, Map.of());
    }

    /** 429 for an API token over its budget, with the Retry-After header in whole seconds. */
    static ProblemException tooManyTokenRequests(long retryAfterSeconds) {
        String wait = retryAfterSeconds == 1 ? "1 second" : retryAfterSeconds + " seconds";
        return new ProblemException(429, "Too many requests with this API token (at most " + "%d at once, then %d a"
                .formatted(org.ketaminetraining.ratelimit.ApiTokenBudget.BURST,
                        org.ketaminetraining.ratelimit.ApiTokenBudget.PER_MINUTE)
                + " minute). Wait " + wait
                + ", then try again.", Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    int status() {
        return status;
    }

    String detail() {
        return getMessage();
    }

    Map<String, String> headers() {
        return headers;
    }
}
