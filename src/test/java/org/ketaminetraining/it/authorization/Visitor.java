package org.ketaminetraining.it.authorization;

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
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One identity's browser over plain HTTP: its own cookies, the Fetch Metadata and Origin a browser sends on this
 * site (so that a refusal is never the cross-site check's but authorization's), and its own client address
 * (X-Forwarded-For, which the test server trusts from loopback) so it spends its own sign-in and lookup budgets.
 * Redirects are followed by hand, up to the sign-in or 403 page a refusal leads to, which are not fetched.
 */
final class Visitor {

    /** The last answer after every redirect, and whether one of them led to the sign-in page. */
    record Answer(int status, URI uri, String body, boolean wentToSignIn, String contentType) {

        Outcome outcome() {
            return Outcome.of(status, uri.getPath(), wentToSignIn, body);
        }

        Document page() {
            return Jsoup.parse(body, uri.toString());
        }
    }

    /** Pages a refusal redirects to: the sign-in page (signed out) and the 403 page. */
    private static final java.util.Set<String> REFUSAL_PAGES = java.util.Set.of("/login", "/access-denied");

    private final URI base;
    private final String address;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    Visitor(URI base, String address) {
        this.base = base;
        this.address = address;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(base.resolve(path), "GET", null);
    }

    /** Sends {@code method} to the address (POST with the url-encoded fields), following redirects with GETs. */
    Answer send(URI uri, String method, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields == null ? "" : fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(),
                StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = browserLike(uri);
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.ISO_8859_1));
        for (int hops = 0; answer.statusCode() / 100 == 3 && hops < 8; hops++) {
            URI next = answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
            if (REFUSAL_PAGES.contains(next.getPath())) {
                // Where the redirect leads says enough; the refusal pages have tests of their own.
                return new Answer(answer.statusCode(), next, "", next.getPath().equals("/login"), "");
            }
            answer = http.send(browserLike(next).build(), HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.ISO_8859_1));
        }
        // Read as Latin-1 so that a binary download (XLSX, PDF) survives; every page checked is ASCII markup.
        return new Answer(answer.statusCode(), answer.uri(), answer.body(), false,
                answer.headers().firstValue("Content-Type").orElse(""));
    }

    /**
     * Posts the form of {@code page} whose action ends in {@code .-formPath} with its current values changed by
     * {@code values}.
     */
    Answer submit(Answer page, String formPath, Map<String, String> values) throws IOException, InterruptedException {
        Element form = page.page().select("form").stream().filter(f -> f.attr("action").endsWith(".-" + formPath))
                .findFirst().orElseThrow(() -> new AssertionError("no form " + formPath + " at " + page.uri()
                        + " (" + page.status() + ")"));
        return send(URI.create(form.absUrl("action")), "POST", fields(form, values));
    }

    /** The form's fields as a browser would send them, with {@code values} instead where named. */
    static Map<String, String> fields(Element form, Map<String, String> values) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            String name = input.attr("name");
            if (type.equals("submit") || type.equals("button") || type.equals("file")
                    || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            fields.put(name, input.tagName().equals("select") ? input.select("option[selected]").stream()
                    .findFirst().map(o -> o.attr("value")).orElse("")
                    : input.tagName().equals("textarea")
                            ? input.text() : input.attr("value"));
        }
        values.forEach((name, value) -> {
            if (name.startsWith("*")) {
                // A field named by the end of its name (Wicket prefixes clashing names with "p::").
                fields.keySet().stream().filter(n -> n.endsWith(name.substring(1))).toList()
                        .forEach(n -> fields.put(n, value));
            } else {
                fields.put(name, value);
            }
        });
        return fields;
    }

    /** Signs in on /login; fails unless the server lets the person in (or asks for a new password first). */
    Answer signIn(String username, String password) throws IOException, InterruptedException {
        Answer form = get("login");
        Answer signedIn = submit(form, "form", Map.of("username", username, "password", password));
        if (signedIn.status() != 200 || signedIn.uri().getPath().equals("/login")) {
            throw new AssertionError(username + " could not sign in: " + signedIn.status() + " at "
                    + signedIn.uri());
        }
        return signedIn;
    }

    private HttpRequest.Builder browserLike(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Sec-Fetch-Site", "same-origin")
                .header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document")
                .header("Origin", base.getScheme() + "://" + base.getAuthority()).header("X-Forwarded-For", address);
    }
}
