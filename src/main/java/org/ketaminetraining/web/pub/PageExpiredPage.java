package org.ketaminetraining.web.pub;

import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.http.WebResponse;
import org.ketaminetraining.web.BasePage;

/** Says in plain words what happened; the cause, if any, is in the server log. */
public class PageExpiredPage extends BasePage {

    private static final long serialVersionUID = 1L;

    public PageExpiredPage() {
        add(new BookmarkablePageLink<>("homeLink", getApplication().getHomePage()));
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        // 200: the browser did nothing wrong; it only needs to reload.
        response.setStatus(200);
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
