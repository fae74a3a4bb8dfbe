package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What the server sends and refuses at the HTTP level, checked against the running test server. */
class HttpSecurityIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoInlineScript() throws Exception {
        HttpResponse<String> login = get("login");
        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'", "script-src 'strict-dynamic' 'nonce-")
                .doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.body()).doesNotContain("<script>", "onclick=", " style=\"");
    }

    @Test
    void aCrossSiteFormPostIsRefused() throws Exception {
        HttpRequest forged = HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "login?-1.-form"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "navigate")
                .header("Sec-Fetch-Dest", "document")
                .header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=guess"))
                .build();
        HttpResponse<String> response = http.send(forged, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void healthEndpointsAnswer() throws Exception {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "health/ready"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"", "\"name\":\"database\"");
        HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "health/live"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"name\":\"heap\"");
    }
}
