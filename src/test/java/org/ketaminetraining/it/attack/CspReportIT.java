package org.ketaminetraining.it.attack;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The violation report collector over real HTTP: a browser's report is answered 204 and logged as one line, from
 * any origin; everything else (another method or media type, a body over 8 KB, deep or broken JSON, a client over
 * its budget) is refused at once with its status, and nothing of the body comes back.
 */
class CspReportIT {

    private static final URI COLLECTOR = URI.create(Browser.baseUrl() + "api/csp-report");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** A client address of this test's own (the test server trusts loopback as a proxy), for its own budget. */
    private final String client = "10.24." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(1, 255);

    @Test
    void thePagesPolicyNamesTheCollector() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("report-uri /api/csp-report");
    }

    @Test
    void aReportFromAnyOriginIsAnswered204AndLoggedAsOneCleanLine() throws Exception {
        String page = "http://localhost/probe-" + System.nanoTime();
        HttpResponse<String> answer = post("application/csp-report", ("{\"csp-report\": {\"document-uri\": \"" + page
                + "\", \"violated-directive\": \"script-src-attr\", \"blocked-uri\": \"inline\\n[ERROR] forged\"}}")
                .getBytes(StandardCharsets.UTF_8), "cross-site");
        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(answer.body()).isEmpty();
        List<String> logged = ServerLog.await(line -> line.contains(page), Duration.ofSeconds(10));
        assertThat(logged).singleElement().asString().contains(ServerLog.CSP_REPORT + client,
                "directive 'script-src-attr', blocked 'inline?[ERROR] forged', page '" + page + "'");

        String reportingApi = "http://localhost/probe-" + System.nanoTime();
        assertThat(post("application/reports+json", ("[{\"type\": \"csp-violation\", \"body\": {\"documentURL\": \""
                + reportingApi + "\", \"effectiveDirective\": \"img-src\", \"blockedURL\": \"https://evil.test/\"}}]")
                .getBytes(StandardCharsets.UTF_8), "same-origin").statusCode()).isEqualTo(204);
        assertThat(ServerLog.await(line -> line.contains(reportingApi), Duration.ofSeconds(10))).hasSize(1);
    }

    @Test
    void everythingButAReportIsRefusedAtOnceWithoutEcho() throws Exception {
        byte[] report = "{\"csp-report\": {\"blocked-uri\": \"inline\"}}".getBytes(StandardCharsets.UTF_8);
        Refusals.assertRefused("GET", 405, Refusals.time(() -> http.send(HttpRequest.newBuilder(COLLECTOR)
                .header("X-Forwarded-For", client).GET().build(), HttpResponse.BodyHandlers.ofString())));
        Refusals.assertRefused("text/plain", 415, Refusals.time(() -> post("text/plain", report, "same-origin")));
        Refusals.assertRefused("application/json", 415,
                Refusals.time(() -> post("application/json", report, "same-origin")));
        Refusals.assertRefused("9 KB", 413, Refusals.time(() -> post("application/csp-report",
                ("{\"csp-report\": {\"blocked-uri\": \"" + "a".repeat(9_000) + "\"}}")
                        .getBytes(StandardCharsets.UTF_8),
                "same-origin")));
        Refusals.assertRefused("100,000 [", 413, Refusals.time(() -> post("application/csp-report",
                "[".repeat(100_000).getBytes(StandardCharsets.UTF_8), "same-origin")));
        Refusals.assertRefused("8,000 [", 400, Refusals.time(() -> post("application/csp-report",
                "[".repeat(8_000).getBytes(StandardCharsets.UTF_8), "same-origin")));
        Refusals.assertRefused("invalid UTF-8", 400, Refusals.time(() -> post("application/csp-report",
                new byte[]{'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, "same-origin")));
        HttpResponse<String> markup = post("application/csp-report",
                "<script>window.__xss=1</script>".getBytes(StandardCharsets.UTF_8), "same-origin");
        assertThat(markup.statusCode()).isEqualTo(400);
        assertThat(markup.body()).doesNotContain("<script", "__xss");
    }

    @Test
    void aClientOverItsBudgetIsRefusedWith429() throws Exception {
        byte[] report = "{\"csp-report\": {\"blocked-uri\": \"budget\"}}".getBytes(StandardCharsets.UTF_8);
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 40 && (last == null || last.statusCode() == 204); i++) {
            last = post("application/csp-report", report, "same-origin");
            accepted += last.statusCode() == 204 ? 1 : 0;
        }
        assertThat(accepted).isBetween(30, 31);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
    }

    private HttpResponse<String> post(String type, byte[] body, String fetchSite) throws Exception {
        return http.send(HttpRequest.newBuilder(COLLECTOR).timeout(Duration.ofSeconds(20))
                .header("Content-Type", type).header("X-Forwarded-For", client)
                .header("Sec-Fetch-Site", fetchSite).header("Sec-Fetch-Mode", "no-cors")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
