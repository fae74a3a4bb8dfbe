package org.ketaminetraining.web.pub;

import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.request.http.WebResponse;
import org.ketaminetraining.web.layout.BasePage;

/**
 * The answer when a client address has used up its verification lookups: HTTP 429 with Retry-After, and in words
 * how long to wait.
 */
public class TooManyRequestsPage extends BasePage {

    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyRequestsPage(long retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
        add(new Label("wait", new StringResourceModel("wait", this).setParameters(retryAfterSeconds)));
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    @Override
    public boolean isErrorPage() {
        return true;
    }

    @Override
    public boolean isVersioned() {
        return false;
    }
}
