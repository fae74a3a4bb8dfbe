package org.ketaminetraining.web.isolation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.apache.wicket.protocol.http.FetchMetadataResourceIsolationPolicy;
import org.apache.wicket.protocol.http.IResourceIsolationPolicy;
import org.apache.wicket.protocol.http.ResourceIsolationRequestCycleListener;
import org.apache.wicket.request.component.IRequestablePage;

/**
 * The {@link SameOriginRule} as the one policy of Wicket's {@link ResourceIsolationRequestCycleListener}, which
 * consults it for every request that reaches a component (form posts, links, Ajax calls: everything through which
 * Wicket changes state) and answers a refusal with 403. It replaces Wicket's default policies, which let
 * {@code Sec-Fetch-Site: same-site} through and match allowed origins by domain suffix.
 *
 * <p>Mounted resources are not consulted: in this application they only answer GETs (downloads, the public key,
 * the verification API) and change nothing, whatever the method. A resource that ever changes state must check
 * the rule itself.
 */
public final class SameOriginPolicy implements IResourceIsolationPolicy {

    private final SameOriginRule rule;

    public SameOriginPolicy(SameOriginRule rule) {
        this.rule = rule;
    }

    @Override
    public ResourceIsolationOutcome isRequestAllowed(HttpServletRequest request, IRequestablePage targetPage) {
        return rule.allows(facts(request)) ? ResourceIsolationOutcome.ALLOWED : ResourceIsolationOutcome.DISALLOWED;
    }

    /** Responses differ by these headers, so no cache may hand one request's answer to another. */
    @Override
    public void setHeaders(HttpServletResponse response) {
        response.addHeader("Vary", FetchMetadataResourceIsolationPolicy.SEC_FETCH_DEST_HEADER + ", "
                + FetchMetadataResourceIsolationPolicy.SEC_FETCH_SITE_HEADER + ", "
                + FetchMetadataResourceIsolationPolicy.SEC_FETCH_MODE_HEADER);
    }

    static SameOriginRule.Request facts(HttpServletRequest request) {
        String scheme = request.getScheme() == null ? "" : request.getScheme().toLowerCase(Locale.ROOT);
        String requestOrigin = scheme + "://" + request.getServerName() + ":" + request.getServerPort();
        return new SameOriginRule.Request(request.getMethod(),
                request.getHeader(FetchMetadataResourceIsolationPolicy.SEC_FETCH_SITE_HEADER),
                request.getHeader(FetchMetadataResourceIsolationPolicy.SEC_FETCH_MODE_HEADER),
                request.getHeader(FetchMetadataResourceIsolationPolicy.SEC_FETCH_DEST_HEADER),
                request.getHeader("Origin"), request.getHeader("Referer"), requestOrigin);
    }
}
