package org.ketaminetraining.web.isolation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.logging.Logger;
import org.apache.wicket.protocol.http.FetchMetadataResourceIsolationPolicy;
import org.apache.wicket.protocol.http.IResourceIsolationPolicy;
import org.apache.wicket.protocol.http.ResourceIsolationRequestCycleListener;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.IRequestHandlerDelegate;
import org.apache.wicket.request.component.IRequestablePage;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.handler.resource.ResourceReferenceRequestHandler;
import org.apache.wicket.request.handler.resource.ResourceRequestHandler;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;

/**
 * Applies the {@link SameOriginRule} to Wicket's requests and answers a refused one with 403.
 *
 * <p>Wicket's own listener checks every request that reaches a component (form posts, links, Ajax): that is
 * where Wicket changes state. Its default policies let {@code Sec-Fetch-Site: same-site} through and match allowed
 * origins by domain suffix, which is why the rule replaces them. Besides, a request with a method that may change
 * state (not GET or HEAD) aimed at a mounted resource, the other place where application code answers a request,
 * is checked too. Rendering a page, or sending back a response already made (a redirect, a buffered page, an
 * error), changes nothing and is not refused whatever its method.
 */
public final class SameOriginRequests extends ResourceIsolationRequestCycleListener {

    private static final Logger LOG = Logger.getLogger(SameOriginRequests.class.getName());

    private final SameOriginRule rule;

    public SameOriginRequests(SameOriginRule rule) {
        super(new Policy(rule));
        this.rule = rule;
    }

    @Override
    public void onRequestHandlerResolved(RequestCycle cycle, IRequestHandler handler) {
        IRequestHandler target = unwrap(handler);
        boolean resource = target instanceof ResourceReferenceRequestHandler || target instanceof ResourceRequestHandler;
        if (resource && cycle.getRequest().getContainerRequest() instanceof HttpServletRequest http) {
            SameOriginRule.Request facts = facts(http);
            if (facts.changesState() && !rule.allows(facts)) {
                LOG.info(() -> "Refused a " + facts.method() + " to " + http.getRequestURI() + " from another "
                        + "origin (Sec-Fetch-Site " + facts.fetchSite() + ", Origin " + facts.origin() + ")");
                throw new AbortWithHttpErrorCodeException(HttpServletResponse.SC_FORBIDDEN, ERROR_MESSAGE);
            }
        }
        super.onRequestHandlerResolved(cycle, handler);
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

    private static IRequestHandler unwrap(IRequestHandler handler) {
        IRequestHandler inner = handler;
        while (inner instanceof IRequestHandlerDelegate delegate) {
            inner = delegate.getDelegateHandler();
        }
        return inner;
    }

    /** The rule as the policy Wicket's listener consults for the requests it checks itself. */
    private record Policy(SameOriginRule rule) implements IResourceIsolationPolicy {

        @Override
        public ResourceIsolationOutcome isRequestAllowed(HttpServletRequest request, IRequestablePage targetPage) {
            return rule.allows(facts(request)) ? ResourceIsolationOutcome.ALLOWED
                    : ResourceIsolationOutcome.DISALLOWED;
        }

        /** Responses differ by these headers, so no cache may hand one person's answer to another request. */
        @Override
        public void setHeaders(HttpServletResponse response) {
            response.addHeader("Vary", FetchMetadataResourceIsolationPolicy.SEC_FETCH_DEST_HEADER + ", "
                    + FetchMetadataResourceIsolationPolicy.SEC_FETCH_SITE_HEADER + ", "
                    + FetchMetadataResourceIsolationPolicy.SEC_FETCH_MODE_HEADER);
        }
    }
}
