package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile sizes over real HTTP: the server reads no body over its limit at all, and a value far longer than any
 * field needs is refused by the app before it is parsed.
 */
class InputBoundsIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aBodyOverFourMebibytesIsNotRead() throws Exception {
        HttpRequest huge = HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "login?-1.-form"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-origin").header("Sec-Fetch-Mode", "navigate")
                .header("Sec-Fetch-Dest", "document")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + "a".repeat(5 * 1024 * 1024)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(huge, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            // Refusing may also mean closing the connection before the whole body was sent: also not read.
            return;
        }
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aMegabyteInANumberFieldIsRefusedAsTooLongAtOnce() throws Exception {
        WebSession trainee = WebSession.signIn(URI.create(Browser.baseUrl()), "trainee", Browser.demoPassword());
        long started = System.nanoTime();
        HttpResponse<String> answer = trainee.submit("study/settings", "form",
                Map.of("newItemsPerDay", "9".repeat(1_000_000)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("New questions per day is too long: enter at most 40 characters.");
        // Not a benchmark: unbounded, Wicket's number converter would take about half an hour for this value (it
        // is quadratic: 60,000 digits took 7.7 s); bounded, the request is as quick as any other form post.
        assertThat(millis).as("milliseconds to refuse, including the page view before it").isLessThan(10_000);
    }
}
