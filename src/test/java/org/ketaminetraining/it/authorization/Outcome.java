package org.ketaminetraining.it.authorization;

import java.util.regex.Pattern;

/** What a request got, as a person would see it once every redirect is followed. */
enum Outcome {
    /** The page or file itself (200 and not the sign-in, 403 or not-found page). */
    ALLOWED,
    /** Sent to the sign-in page. */
    SIGN_IN,
    /** The 403 page. */
    FORBIDDEN,
    /** The app's "not found" answer: a 404, or a page that says the person or thing is not theirs. */
    NOT_FOUND,
    /** 401 from the API (no token). */
    UNAUTHORIZED,
    /** 400: the request itself was refused as malformed. */
    BAD_REQUEST,
    /** 405: the route answers another method (a collector that only takes POSTs, asked with a GET). */
    METHOD_NOT_ALLOWED,
    /** 500: expected only of the internal error page, asked for by its own address. */
    SERVER_ERROR,
    /** Anything else: never expected. */
    OTHER;

    /** The element a page shows instead of a person or certificate the caller may not see ({@code person-not-found}). */
    private static final Pattern NOT_FOUND_MARK = Pattern.compile("id=\"[a-z-]*-not-found\"");

    /**
     * Classifies the last answer of a chain of redirects.
     *
     * @param wentToSignIn whether a redirect of the chain led to /login
     */
    static Outcome of(int status, String finalPath, boolean wentToSignIn, String body) {
        if (wentToSignIn) {
            return SIGN_IN;
        }
        if (finalPath.startsWith("/access-denied")) {
            return FORBIDDEN;
        }
        return switch (status) {
            case 200 -> NOT_FOUND_MARK.matcher(body).find() ? NOT_FOUND : ALLOWED;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 400 -> BAD_REQUEST;
            case 405 -> METHOD_NOT_ALLOWED;
            case 500 -> SERVER_ERROR;
            default -> OTHER;
        };
    }
}
