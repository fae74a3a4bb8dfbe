package org.ketaminetraining.web.pub;

/** Says in plain words what happened; the cause, if any, is in the server log. */
public class InternalErrorPage extends ErrorPage {

    private static final long serialVersionUID = 1L;

    public InternalErrorPage() {
        super(500);
    }
}
