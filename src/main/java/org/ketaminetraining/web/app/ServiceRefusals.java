package org.ketaminetraining.web.app;

import java.util.logging.Logger;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.core.request.handler.RenderPageRequestHandler;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.ketaminetraining.web.layout.AccessDeniedPage;

/**
 * Answers a service's refusal ({@link SecurityException}: the caller may not do or see this) with the access-denied
 * page and status 403, wherever it was thrown: in building a page, a form listener, a link or a model loaded while
 * rendering. Services check the caller themselves, so every way into them ends here rather than in a 500.
 */
final class ServiceRefusals implements IRequestCycleListener {

    private static final Logger LOG = Logger.getLogger(ServiceRefusals.class.getName());

    @Override
    public IRequestHandler onException(RequestCycle cycle, Exception ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SecurityException refused) {
                LOG.info(() -> "Refused: " + refused.getMessage());
                return new RenderPageRequestHandler(new PageProvider(AccessDeniedPage.class),
                        RenderPageRequestHandler.RedirectPolicy.NEVER_REDIRECT);
            }
        }
        return null;
    }
}
