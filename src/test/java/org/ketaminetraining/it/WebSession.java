package org.ketaminetraining.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A session with the app over plain HTTP, signed in through its own sign-in form the way a browser does it (the
 * session cookie, and the Fetch Metadata headers a browser sends with a same-site form post). For tests that
 * check what the server answers a signed-in person, not how a page looks.
 */
public final class WebSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\baction=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;

    private WebSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in as {@code username} on {@code base}/login; fails unless the server then lets the person in. */
    public static WebSession signIn(URI base, String username, String password)
            throws IOException, InterruptedException {
        WebSession session = new WebSession(base);
        URI login = base.resolve("/login");
        HttpResponse<String> form = session.http.send(session.browserLike(login).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(form.body());
        if (form.statusCode() != 200 || !action.find()) {
            throw new AssertionError("no sign-in form at " + login + " (" + form.statusCode() + ")");
        }
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = session.http.send(session.browserLike(
                form.uri().resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin(base))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 200 || signedIn.uri().getPath().endsWith("/login")) {
            throw new AssertionError(username + " could not sign in: " + signedIn.statusCode() + " at "
                    + signedIn.uri());
        }
        return session;
    }

    public HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(browserLike(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POSTs a form body to {@code path} as a browser on this site would (same-origin Fetch Metadata, Origin). */
    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(browserLike(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin(base))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens the page at {@code path} and submits its form whose Wicket component path is {@code formPath} (its
     * action ends in ".-formPath") with the given fields, as a browser on this site would.
     */
    public HttpResponse<String> submit(String path, String formPath, Map<String, String> fields)
            throws IOException, InterruptedException {
        return post(formAction(path, formPath), fields);
    }

    /** Opens the page at {@code path} and gives the address its form {@code formPath} posts to. */
    public URI formAction(String path, String formPath) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(browserLike(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = Pattern.compile("<form[^>]*\\baction=\"([^\"]*\\.-" + Pattern.quote(formPath)
                + ")\"").matcher(page.body());
        if (page.statusCode() != 200 || !action.find()) {
            throw new AssertionError("no form " + formPath + " at " + path + " (" + page.statusCode() + ")");
        }
        return page.uri().resolve(action.group(1).replace("&amp;", "&"));
    }

    /** Posts the fields to a form's address, as a browser on this site would. */
    public HttpResponse<String> post(URI action, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(browserLike(action)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin(base))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts raw bytes (a body a browser would never send) to {@code action}, as a browser on this site would. */
    public HttpResponse<String> post(URI action, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return http.send(browserLike(action).header("Content-Type", contentType).header("Origin", origin(base))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder browserLike(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Sec-Fetch-Site", "same-origin")
                .header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document");
    }

    private static String origin(URI base) {
        return base.getScheme() + "://" + base.getAuthority();
    }
}
