package org.ketaminetraining.web;

import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.http.WebResponse;

/**
 * Headers that complete Wicket's Content-Security-Policy: no MIME sniffing, no framing by other sites, no
 * referrer leaking verification codes or ids to other origins, no caching of signed-in pages.
 */
final class SecurityHeaders implements IRequestCycleListener {

    @Override
    public void onRequestHandlerResolved(RequestCycle cycle, IRequestHandler handler) {
        if (cycle.getResponse() instanceof WebResponse response) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        }
    }
}
