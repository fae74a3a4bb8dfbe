package org.ketaminetraining.web.pub;

/** Says in plain words what happened; the cause, if any, is in the server log. */
public class PageExpiredPage extends ErrorPage {

    private static final long serialVersionUID = 1L;

    // 200: the browser did nothing wrong; it only needs to reload.
    public PageExpiredPage() {
        super(200);
    }
}
