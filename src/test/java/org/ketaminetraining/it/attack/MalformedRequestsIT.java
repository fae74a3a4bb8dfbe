package org.ketaminetraining.it.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.it.Browser;

/**
 * Malformed requests over real HTTP to the pages and the JSON API, signed out: invalid UTF-8 in query strings and
 * paths, in a sign-in form's body and in JSON bodies, 100,000 nested arrays, a body over Liberty's 4 MiB limit.
 * Each is a refusal (4xx, or the page with its message) in milliseconds, never a 500.
 */
class MalformedRequestsIT {

    /** A sign-in hashes a password (about 70 ms of CPU, 0.2 to 2 s on the loaded shared machine). */
    private static final long SIGN_IN_MILLIS = 5_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** This test's own client address (the test server trusts loopback as a proxy): its own sign-in budget. */
    private final String client = "10.25." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(1, 255);

    @Test
    void invalidUtf8InQueryStringsAndPathsIsNeverA500() throws Exception {
        for (String path : List.of("verify?code=%C3%28", "verify/%FF%FE", "login?x=%ED%A0%80",
                "author/questions?text=%C0%AF",
                "api/v1/certificates/%C3%28", "api/v1/certificates/abc?x=%FF", "study?%FF=%FF",
                "reports/completion?department=%C3%28")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path))
                    .header("X-Forwarded-For", client).GET().build();
            HostileFormsIT.assertNotAFailure("GET /" + path, Refusals.time(() -> send(request)));
        }
    }

    @Test
    void invalidUtf8InTheSignInFormIsNeverA500() throws Exception {
        for (byte[] invalid : HostileFormsIT.invalidUtf8()) {
            byte[] body = concat("username=".getBytes(StandardCharsets.US_ASCII), invalid,
                    "&password=x".getBytes(StandardCharsets.US_ASCII));
            // Not refused before the password check: an unknown name costs a password hash like any other, so
            // that sign-in takes the same time whatever was wrong (a few hundred ms on a loaded machine).
            String what = "sign-in with invalid UTF-8 " + new String(invalid, StandardCharsets.ISO_8859_1)
                    .replaceAll("[^ -~]", "?");
            Refusals.Timed timed = Refusals.time(() -> send(form("login?-1.-form")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build()));
            assertThat(timed.response().statusCode()).as(what).isLessThan(500);
            assertThat(timed.response().body()).as(what).doesNotContain("Internal error", "internal error");
            System.out.println("[attack] " + what + " answered " + timed.response().statusCode() + " in "
                    + timed.millis() + " ms");
            assertThat(timed.millis()).as(what).isLessThan(SIGN_IN_MILLIS);
        }
    }

    @Test
    void malformedAndDeepJsonToTheApiIsRefusedAtOnce() throws Exception {
        byte[] deep = "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        byte[] invalid = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
        for (String route : List.of("api/v1/certificates/abc", "api/v1/departments/demo-ward/completion",
                "api/csp-report", "api/nothing-here")) {
            for (String type : List.of("application/json", "application/csp-report")) {
                for (byte[] body : List.of(deep, invalid)) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(Browser.baseUrl() + route))
                            .header("Content-Type", type).header("X-Forwarded-For", client)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    String what = "POST /" + route + " " + type + " " + (body == deep ? "100,000 [" : "invalid UTF-8");
                    Refusals.Timed timed = Refusals.time(() -> send(request));
                    HostileFormsIT.assertNotAFailure(what, timed);
                    assertThat(timed.response().statusCode()).as(what).isBetween(400, 499);
                }
            }
        }
    }

    @Test
    void aBodyOverFourMebibytesIsRefusedOrCutOffUnread() throws Exception {
        byte[] huge = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        for (String route : List.of("login?-1.-form", "api/csp-report", "api/v1/certificates/abc")) {
            HttpRequest request = form(route).header("Content-Type", route.startsWith("api/csp")
                    ? "application/csp-report" : "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build();
            long started = System.nanoTime();
            try {
                HttpResponse<String> answer = send(request);
                assertThat(answer.statusCode()).as("5 MiB to /" + route).isIn(405, 413);
            } catch (IOException closed) {
                // Liberty may close the connection before the whole body was sent: also refused unread.
            }
            Refusals.record("5 MiB body to /" + route, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private HttpRequest.Builder form(String path) {
        return HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client)
                .header("Sec-Fetch-Site", "same-origin").header("Sec-Fetch-Mode", "navigate")
                .header("Sec-Fetch-Dest", "document");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
