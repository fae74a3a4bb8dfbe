package org.ketaminetraining.web.app;

import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.http.WebResponse;
import org.ketaminetraining.http.SecurityHeaders;

/**
 * Adds the headers that complete Wicket's Content-Security-Policy ({@link SecurityHeaders#EVERY_ANSWER}) to every
 * answer Wicket gives, pages, resources and the error pages the container forwards to alike.
 */
final class SecurityHeadersListener implements IRequestCycleListener {

    @Override
    public void onRequestHandlerResolved(RequestCycle cycle, IRequestHandler handler) {
        if (cycle.getResponse() instanceof WebResponse response) {
            SecurityHeaders.EVERY_ANSWER.forEach(response::setHeader);
        }
    }
}
