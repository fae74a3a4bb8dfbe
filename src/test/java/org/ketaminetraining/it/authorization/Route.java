package org.ketaminetraining.it.authorization;

import java.util.Optional;

/**
 * One address the application answers: a Wicket page or resource mount, a bookmarkable page Wicket builds from its
 * class name, a Jakarta REST method, or something the container serves beside the app.
 *
 * @param template the path as the application declares it, without a leading slash ({@code
 *        reports/extension/${accountId}/${programmeId}}, {@code api/v1/certificates/{code}})
 * @param method the HTTP method the route answers
 * @param kind what serves it
 * @param page the page class for a page route
 */
record Route(String template, String method, Kind kind, Optional<Class<?>> page) {

    /** What serves a route, which decides how a refusal looks. */
    enum Kind {
        /** A Wicket page: refused with a redirect to the sign-in page or the 403 page. */
        PAGE,
        /** A Wicket resource mounted on a path (downloads, keys). */
        RESOURCE,
        /** A Jakarta REST method under /api: refused with problem+json. */
        API,
        /** Served by Liberty or the container beside the app (health, OpenAPI, webjars). */
        CONTAINER
    }

    static Route page(String template, Class<?> page) {
        return new Route(template, "GET", Kind.PAGE, Optional.of(page));
    }

    static Route of(String template, String method, Kind kind) {
        return new Route(template, method, kind, Optional.empty());
    }

    /** The key the rule table knows the route by: {@code GET reports/completion.csv}. */
    String key() {
        return method + " " + template;
    }

    @Override
    public String toString() {
        return key() + page.map(p -> " (" + p.getSimpleName() + ")").orElse("");
    }
}
