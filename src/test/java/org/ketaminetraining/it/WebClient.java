package org.ketaminetraining.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A scripted visitor of the test server over plain HTTP: keeps its own cookies, reads the forms of the pages it
 * gets and posts them back with the headers a test chooses (Fetch Metadata, Origin, X-Forwarded-For). It follows
 * no redirect by itself, so a test sees every refusal as the server sent it. Public for the harnesses in
 * sub-packages (the crash durability harness drives a server of its own through it).
 */
public final class WebClient {

    /** The headers Chromium sends with a form post to the page's own origin. */
    public static final Map<String, String> SAME_ORIGIN = Map.of("Sec-Fetch-Site", "same-origin",
            "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> alwaysSent;
    private final String baseUrl;

    /** A visitor whose every request carries these headers (for example X-Forwarded-For). */
    WebClient(Map<String, String> alwaysSent) {
        this(Browser.baseUrl(), alwaysSent);
    }

    /** A visitor of the server at {@code baseUrl} (ending in "/") whose every request carries these headers. */
    public WebClient(String baseUrl, Map<String, String> alwaysSent) {
        this.baseUrl = baseUrl;
        this.alwaysSent = Map.copyOf(alwaysSent);
    }

    WebClient() {
        this(Map.of());
    }

    /** One answer of the server, with the page parsed when it is HTML. */
    public record Answer(int status, URI uri, String body, HttpResponse<String> response) {

        public Document page() {
            return Jsoup.parse(body, uri.toString());
        }

        public String location() {
            return response.headers().firstValue("Location").orElse("");
        }

        public boolean isRedirect() {
            return status / 100 == 3;
        }
    }

    /** GETs a path under the test server's base URL, following the server's redirects (Wicket's ?1 pages). */
    public Answer get(String path) throws IOException, InterruptedException {
        return follow(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), Map.of()));
    }

    /** Follows redirects from an answer with GETs, as a browser does after a post. */
    public Answer follow(Answer answer) throws IOException, InterruptedException {
        Answer current = answer;
        for (int hops = 0; current.isRedirect() && hops < 5; hops++) {
            URI next = current.uri().resolve(current.location());
            current = send(HttpRequest.newBuilder(next).GET(), Map.of());
        }
        return current;
    }

    /**
     * Posts the first form of {@code page} that has a field named {@code fieldName}, with its current values
     * (hidden fields, checked boxes) changed by {@code values}, and the given extra headers.
     */
    public Answer submit(Document page, String fieldName, Map<String, String> values, Map<String, String> headers)
            throws IOException, InterruptedException {
        Element form = page.select("form").stream()
                .filter(f -> !f.select("[name=" + fieldName + "]").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no form with a field " + fieldName + " on " + page.location()
                        + ":\n" + page.body().text()));
        return submit(form, values, headers);
    }

    /**
     * Posts {@code form} with its current values (hidden fields, checked boxes, selected options) changed by
     * {@code values}, and the given extra headers.
     */
    public Answer submit(Element form, Map<String, String> values, Map<String, String> headers)
            throws IOException, InterruptedException {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || values.containsKey(input.attr("name"))) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("select")
                    ? input.select("option[selected]").stream().findFirst().map(o -> o.attr("value")).orElse("")
                    : input.tagName().equals("textarea") ? input.text() : input.attr("value");
            fields.add(Map.entry(input.attr("name"), value));
        }
        fields.addAll(values.entrySet());
        String body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(post, headers);
    }

    /**
     * Signs in on /login as a browser on this site would; returns the server's answer to the post (a redirect
     * when the sign-in succeeded).
     */
    public Answer signIn(String username, String password) throws IOException, InterruptedException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("username", username);
        values.put("password", password);
        return submit(get("login").page(), "username", values, SAME_ORIGIN);
    }

    private Answer send(HttpRequest.Builder request, Map<String, String> headers)
            throws IOException, InterruptedException {
        alwaysSent.forEach(request::header);
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.uri(), response.body(), response);
    }
}
