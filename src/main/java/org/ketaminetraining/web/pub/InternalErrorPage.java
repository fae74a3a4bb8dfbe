package org.ketaminetraining.web.pub;

import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.http.WebResponse;
import org.ketaminetraining.web.BasePage;

/** Says in plain words what happened; the cause, if any, is in the server log. */
public class InternalErrorPage extends BasePage {

    private static final long serialVersionUID = 1L;

    public InternalErrorPage() {
        add(new BookmarkablePageLink<>("homeLink", getApplication().getHomePage()));
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        response.setStatus(500);
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
