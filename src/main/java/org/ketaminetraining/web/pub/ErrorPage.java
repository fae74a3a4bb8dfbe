package org.ketaminetraining.web.pub;

import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.http.WebResponse;
import org.ketaminetraining.web.BasePage;

/**
 * A page that says in plain words what happened, with the HTTP status that goes with it and a way home; the cause,
 * if any, is in the server log. Never versioned: there is nothing on it to come back to.
 */
abstract class ErrorPage extends BasePage {

    private static final long serialVersionUID = 1L;
    private final int status;

    protected ErrorPage(int status) {
        this.status = status;
        add(new BookmarkablePageLink<>("homeLink", getApplication().getHomePage()));
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        response.setStatus(status);
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
