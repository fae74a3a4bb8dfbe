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
