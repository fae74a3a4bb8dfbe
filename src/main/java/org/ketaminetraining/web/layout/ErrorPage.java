package org.ketaminetraining.web.layout;

import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.http.WebResponse;

/**
 * A page that says in plain words what happened, with the HTTP status that goes with it and a way home; the cause,
 * if any, is in the server log. Every error page is this one template; what it says comes from its {@link Kind}.
 * Never versioned: there is nothing on it to come back to.
 */
public abstract class ErrorPage extends BasePage {

    private static final long serialVersionUID = 1L;
    private final Kind kind;
    private final int status;

    /** What went wrong, with the status it is answered with and the prefix of its texts in ErrorPage.properties. */
    public enum Kind {
        BAD_REQUEST(400, "badRequest"),
        /** The server refuses this kind of request from anyone (the container's 403). */
        FORBIDDEN(403, "forbidden"),
        /** The signed-in person's roles do not include the page. */
        ACCESS_DENIED(403, "accessDenied"),
        NOT_FOUND(404, "notFound"),
        METHOD_NOT_ALLOWED(405, "methodNotAllowed"),
        /** Any other client error. */
        REFUSED(400, "refused"),
        // 200: the browser did nothing wrong; it only needs to reload.
        PAGE_EXPIRED(200, "expired"),
        INTERNAL_ERROR(500, "internalError");

        private final int status;
        private final String key;

        Kind(int status, String key) {
            this.status = status;
            this.key = key;
        }

        /** The kind the container means by an error status (400 to 599). */
        public static Kind forStatus(int status) {
            return switch (status) {
                case 400 -> BAD_REQUEST;
                case 403 -> FORBIDDEN;
                case 404 -> NOT_FOUND;
                case 405 -> METHOD_NOT_ALLOWED;
                default -> status >= 500 ? INTERNAL_ERROR : REFUSED;
            };
        }
    }

    protected ErrorPage(Kind kind) {
        this(kind, kind.status);
    }

    protected ErrorPage(Kind kind, int status) {
        this.kind = kind;
        this.status = status;
        add(new Label("heading", () -> getString(kind.key + ".heading")));
        add(new Label("text", () -> getString(kind.key + ".text")));
        add(new BookmarkablePageLink<>("homeLink", getApplication().getHomePage()));
    }

    @Override
    protected String pageTitle() {
        return getString(kind.key + ".title");
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
