package org.ketaminetraining.http;

import java.util.Map;

/**
 * The security headers, defined once for the pages and the JSON API.
 *
 * <p>Pages get their Content-Security-Policy from Wicket (nonces per render); the JSON API, which answers data
 * and never a document, gets {@link #DATA_CONTENT_SECURITY_POLICY}, which lets nothing load and nobody frame it.
 */
public final class SecurityHeaders {

    /**
     * Headers for every answer: no MIME sniffing, no framing by any site, no referrer leaking verification codes or
     * ids to other origins, no use of camera, microphone or location.
     */
    public static final Map<String, String> EVERY_ANSWER = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    /** For answers that are data (JSON), never rendered as a page. */
    public static final String DATA_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    public static final String CACHE_CONTROL = "Cache-Control";
    /** Public lookups change (a revocation) and must not be kept by any cache on the way. */
    public static final String NO_STORE = "no-store";

    private SecurityHeaders() {
    }
}
