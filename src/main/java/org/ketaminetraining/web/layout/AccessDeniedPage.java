package org.ketaminetraining.web.layout;

/** For someone whose roles do not include the page they asked for (Wicket's access-denied page): status 403. */
public class AccessDeniedPage extends ErrorPage {

    private static final long serialVersionUID = 1L;

    public AccessDeniedPage() {
        super(Kind.ACCESS_DENIED);
    }
}
