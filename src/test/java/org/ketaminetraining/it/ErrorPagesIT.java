package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Errors the servlet container answers itself, over real HTTP against the running test server: each gets the app's
 * own error page with the right status and the app's headers, never Liberty's page (which names the exception,
 * shows part of a stack trace and adds a $WSEP header). Errors under /api are the API's problem+json instead.
 */
class ErrorPagesIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAddressNothingServesGetsTheAppsNotFoundPage() throws Exception {
        assertAppErrorPage(get("nonexistent"), 404, "There is nothing here for you");
        assertAppErrorPage(get("nonexistent/deeper/page.html"), 404, "There is nothing here for you");
    }

    @Test
    void theWebInfFolderIsNotFoundAsAnyOtherAddress() throws Exception {
        assertAppErrorPage(get("WEB-INF/web.xml"), 404, "There is nothing here for you");
        assertAppErrorPage(get("META-INF/MANIFEST.MF"), 404, "There is nothing here for you");
    }

    @Test
    void aPathWithAnEncodedDotOrSlashIsABadRequestWithoutTheContainersException() throws Exception {
        assertAppErrorPage(get("verify/%2e%2e%2f"), 400, "This address cannot be read");
        assertAppErrorPage(get("verify/a%2Fb"), 400, "This address cannot be read");
    }

    @Test
    void anErrorAWicketResourceAnswersReachesTheAppsPageToo() throws Exception {
        assertAppErrorPage(get("certificates/keys/no-such-key"), 404, "There is nothing here for you");
    }

    @Test
    void theErrorPageLinksItsStyleSheetsRelativeToTheAddressAskedFor() throws Exception {
        Matcher stylesheet = Pattern.compile("href=\"\\.\\./\\.\\./(webjars/bootstrap/[^\"]+\\.css)\"")
                .matcher(get("nonexistent/deeper/page.html").body());
        assertThat(stylesheet.find()).as("Bootstrap linked two levels up").isTrue();
        assertThat(get(stylesheet.group(1)).statusCode()).isEqualTo(200);
    }

    @Test
    void anApiAddressNothingServesIsProblemJsonNotAPage() throws Exception {
        HttpResponse<String> answer = get("api/nothing");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; frame-ancestors 'none'");
        assertNothingOfTheContainer(answer);
    }

    private static void assertAppErrorPage(HttpResponse<String> answer, int status, String heading) {
        assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(answer.body()).contains("<h1>" + heading + "</h1>", " · Ketamine Training</title>",
                "Go to the home page");
        assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'", "script-src 'strict-dynamic' 'nonce-");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertNothingOfTheContainer(answer);
    }

    /** No stack trace, no exception, no container message or name, no server version, no $WSEP header. */
    private static void assertNothingOfTheContainer(HttpResponse<String> answer) {
        assertThat(answer.body()).doesNotContain("at org.", "at com.", "Exception", "SRVE", "CWWWC", "Liberty",
                "WebSphere", "[internal classes]");
        assertThat(answer.headers().map()).doesNotContainKey("$WSEP").doesNotContainKey("X-Powered-By");
        assertThat(answer.headers().firstValue("Server").orElse("")).doesNotContainPattern("\\d");
    }
}
