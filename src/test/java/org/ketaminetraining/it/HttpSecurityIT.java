package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
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
    void aSameSitePostFromAnotherHostIsRefusedAndCreatesNoUser() throws Exception {
        WebClient admin = signedInAdmin();
        String username = unique("samesite.");
        WebClient.Answer answer = createUser(admin, username, Map.of("Sec-Fetch-Site", "same-site",
                "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document",
                "Origin", "http://intranet.localhost:" + port()));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(userExists(admin, username)).isFalse();
    }

    @Test
    void aCrossSitePostIsRefusedAndCreatesNoUser() throws Exception {
        WebClient admin = signedInAdmin();
        String username = unique("crosssite.");
        WebClient.Answer answer = createUser(admin, username, Map.of("Sec-Fetch-Site", "cross-site",
                "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document", "Origin", "https://attacker.example"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(userExists(admin, username)).isFalse();
    }

    @Test
    void aSameOriginPostIsAccepted() throws Exception {
        WebClient admin = signedInAdmin();
        String username = unique("sameorigin.");
        WebClient.Answer answer = createUser(admin, username, WebClient.SAME_ORIGIN);
        assertThat(answer.isRedirect()).as("status %d", answer.status()).isTrue();
        assertThat(userExists(admin, username)).isTrue();
    }

    @Test
    void withoutFetchMetadataTheSitesOwnOriginIsAcceptedAndAForeignOneRefused() throws Exception {
        WebClient admin = signedInAdmin();
        String ours = unique("origin.");
        WebClient.Answer accepted = createUser(admin, ours, Map.of("Origin", "http://localhost:" + port()));
        assertThat(accepted.isRedirect()).as("status %d", accepted.status()).isTrue();
        assertThat(userExists(admin, ours)).isTrue();

        String viaReferer = unique("referer.");
        WebClient.Answer byReferer = createUser(admin, viaReferer,
                Map.of("Referer", "http://localhost:" + port() + "/admin/users/edit"));
        assertThat(byReferer.isRedirect()).as("status %d", byReferer.status()).isTrue();
        assertThat(userExists(admin, viaReferer)).isTrue();

        String foreign = unique("foreign.");
        WebClient.Answer refused = createUser(admin, foreign, Map.of("Origin", "http://intranet.localhost:" + port()));
        assertThat(refused.status()).isEqualTo(403);
        String noSource = unique("nosource.");
        assertThat(createUser(admin, noSource, Map.of()).status()).isEqualTo(403);
        assertThat(userExists(admin, foreign)).isFalse();
        assertThat(userExists(admin, noSource)).isFalse();
    }

    private static WebClient signedInAdmin() throws Exception {
        WebClient admin = new WebClient();
        assertThat(admin.signIn("admin", Browser.demoPassword()).isRedirect()).isTrue();
        return admin;
    }

    /** Posts the new-user form with the given headers; returns the server's answer to the post. */
    private static WebClient.Answer createUser(WebClient admin, String username, Map<String, String> headers)
            throws Exception {
        WebClient.Answer form = admin.get("admin/users/edit");
        assertThat(form.uri().getPath()).isEqualTo("/admin/users/edit");
        return admin.submit(form.page(), "username", Map.of("username", username, "displayName", "CSRF Test"),
                headers);
    }

    private static boolean userExists(WebClient admin, String username) throws Exception {
        return admin.get("admin/users?q=" + username).page().select("main table").text().contains(username);
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    private static int port() {
        return URI.create(Browser.baseUrl()).getPort();
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
