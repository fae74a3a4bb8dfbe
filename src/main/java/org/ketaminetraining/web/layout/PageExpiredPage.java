package org.ketaminetraining.web.layout;

/**
 * For an action on a page the session no longer holds (Wicket's page-expired page): status 200, since reloading is
 * all it takes.
 */
public class PageExpiredPage extends ErrorPage {

    private static final long serialVersionUID = 1L;

    public PageExpiredPage() {
        super(Kind.PAGE_EXPIRED);
    }
}
