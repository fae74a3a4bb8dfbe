package org.ketaminetraining.web.layout;

/** For an exception nobody handled while Wicket answered (its internal error page): status 500, cause in the log. */
public class InternalErrorPage extends ErrorPage {

    private static final long serialVersionUID = 1L;

    public InternalErrorPage() {
        super(Kind.INTERNAL_ERROR);
    }
}
