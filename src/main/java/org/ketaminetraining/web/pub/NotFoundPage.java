package org.ketaminetraining.web.pub;

import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.http.WebResponse;
import org.ketaminetraining.web.BasePage;

/**
 * Says that there is nothing at this address for the person asking, with status 404. Used the same way for what
 * does not exist and for what belongs to someone else (another learner's assessment), so that the answer tells
 * nobody which of the two it was.
 */
public class NotFoundPage extends BasePage {

    private static final long serialVersionUID = 1L;

    public NotFoundPage() {
        add(new BookmarkablePageLink<>("homeLink", getApplication().getHomePage()));
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        response.setStatus(404);
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
