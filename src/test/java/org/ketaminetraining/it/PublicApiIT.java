package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The JSON API's edges over real HTTP against the running test server: the lookup budget it shares with the
 * verification page (429 with Retry-After), problem+json for every error, and the security headers on every
 * answer. The test server trusts its loopback address as a proxy (pom.xml), so each test poses as a client of its
 * own with X-Forwarded-For and spends only its own budget; over IPv6 loopback, which it does not trust, the header
 * is ignored. (Browsers may reach "localhost" over ::1, so no test here spends that address's budget.)
 */
class PublicApiIT {

    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(1 + (int) (System.nanoTime() % 200));
    private static final String UNKNOWN_CODE = "0000-0000-0000-0000-0000";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String client = "198.51.100." + NEXT_CLIENT.getAndIncrement();

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return send(method, Browser.baseUrl(), path, client);
    }

    private HttpResponse<String> send(String method, String base, String path, String forwardedFor)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", forwardedFor)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void afterTenLookupsTheApiAnswers429WithRetryAfterAsProblemJson() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(send("GET", "api/v1/certificates/" + UNKNOWN_CODE).statusCode()).as("lookup %d", i + 1)
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = send("GET", "api/v1/certificates/" + UNKNOWN_CODE);
        assertProblem(refused, 429, "Too Many Requests");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 2));
        assertThat(refused.body()).contains("\"detail\":\"Too many certificate lookups from your address. Wait ");
        assertSecurityHeaders(refused);
    }

    @Test
    void lookupsOnThePageSpendTheApisBudget() throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            assertThat(send("GET", "verify/" + UNKNOWN_CODE).statusCode()).as("page %d", i + 1).isEqualTo(200);
        }
        // With a budget of its own the API would now allow ten lookups; sharing the page's, it allows only the
        // tokens that came back while the pages rendered (one every 2 seconds).
        HttpResponse<String> answer;
        int allowed = 0;
        while ((answer = send("GET", "api/v1/certificates/" + UNKNOWN_CODE)).statusCode() == 200 && allowed < 10) {
            allowed++;
        }
        long elapsedSeconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertProblem(answer, 429, "Too Many Requests");
        assertThat(allowed).isLessThanOrEqualTo(1 + (int) (elapsedSeconds / 2));
    }

    @Test
    void onlyATrustedProxyMayNameTheClient() throws Exception {
        for (int i = 0; i < 10; i++) {
            send("GET", "api/v1/certificates/" + UNKNOWN_CODE);
        }
        assertThat(send("GET", "api/v1/certificates/" + UNKNOWN_CODE).statusCode()).isEqualTo(429);
        // The same claim over IPv6 loopback, which is no trusted proxy: the header is ignored, so the lookup counts
        // against ::1 (one lookup), not against the client the header names.
        HttpResponse<String> untrusted;
        try {
            untrusted = send("GET", Browser.baseUrl().replace("//localhost:", "//[::1]:"),
                    "api/v1/certificates/" + UNKNOWN_CODE, client);
        } catch (ConnectException e) {
            Assumptions.abort("No IPv6 loopback on this machine; skipping the untrusted-proxy check.");
            return;
        }
        assertThat(untrusted.statusCode()).isEqualTo(200);
    }

    @Test
    void unknownRoutesWrongMethodsAndOverlongCodesAreProblemJsonWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> nothing = send("GET", "api/nothing");
        assertProblem(nothing, 404, "Not Found");
        assertThat(nothing.body()).contains("\"instance\":\"/api/nothing\"");
        assertProblem(send("GET", "api/v1/certificates"), 404, "Not Found");
        assertProblem(send("GET", "api"), 404, "Not Found");

        HttpResponse<String> post = send("POST", "api/v1/certificates/" + UNKNOWN_CODE);
        assertProblem(post, 405, "Method Not Allowed");
        assertThat(post.headers().firstValue("Allow").orElse("")).contains("GET").doesNotContain("POST");
        assertProblem(send("DELETE", "api/v1/certificates/" + UNKNOWN_CODE), 405, "Method Not Allowed");

        HttpResponse<String> overlong = send("GET", "api/v1/certificates/" + "A".repeat(10 * 1024));
        assertProblem(overlong, 400, "Bad Request");
        assertThat(overlong.body()).contains("this one has 10240").doesNotContain("AAAAAAAAAA");

        HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl()
                + "api/v1/certificates/" + UNKNOWN_CODE)).header("Accept", "text/html")
                .header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(html, 406, "Not Acceptable");
    }

    @Test
    void aLookupAnswersWithTheSecurityHeadersAndNoStore() throws Exception {
        HttpResponse<String> answer = send("GET", "api/v1/certificates/" + UNKNOWN_CODE);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(answer.body()).isEqualTo("{\"status\":\"unknown\"}");
        assertSecurityHeaders(answer);
    }

    @Test
    void theKeySetIsWrittenByTheServersJsonpAndHoldsTheKeyItsKidUrlServes() throws Exception {
        HttpResponse<String> keySet = send("GET", ".well-known/jwks.json");
        assertThat(keySet.statusCode()).isEqualTo(200);
        assertThat(keySet.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonObject key = Json.createReader(new StringReader(keySet.body())).readObject().getJsonArray("keys")
                .getJsonObject(0);
        assertThat(key.getString("kty")).isEqualTo("OKP");
        HttpResponse<String> published = send("GET", "", key.getString("kid"), client);
        assertThat(published.statusCode()).isEqualTo(200);
        // Compact, members in the key document's order: the set is the published document, wrapped.
        assertThat(keySet.body()).isEqualTo("{\"keys\":[" + published.body() + "]}");
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String title) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).startsWith("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"");
        assertThat(answer.body()).doesNotContain("Exception", "at org.", "at com.", "RESTEASY", "SRVE");
        assertSecurityHeaders(answer);
    }

    private static void assertSecurityHeaders(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(answer.headers().firstValue("Permissions-Policy")).isPresent();
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(answer.headers().map()).doesNotContainKey("$WSEP");
        assertThat(answer.headers().firstValue("Server").orElse("")).doesNotContainPattern("\\d");
    }
}
