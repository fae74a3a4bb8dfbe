package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.config.AppSettings;

/**
 * An exception nobody expected, under /api, over real HTTP: 500 as problem+json with the API's headers, an incident
 * id and nothing of the exception (no message, class or stack trace); the server log has the cause under that id.
 * The failing resource is deployed with the app's own API classes in this test's archive ({@code /api-failure-it}).
 */
@ExtendWith(ArquillianExtension.class)
class ApiFailureIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("api-failure-it.war", ApiFailureIT.class, FailingResource.class);
    }

    @Inject
    private AppSettings settings;

    @Test
    void anUnexpectedExceptionIsA500ProblemWithAnIncidentIdAndTheCauseOnlyInTheLog() throws Exception {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger("org.ketaminetraining.api.ProblemMapper");
        log.addHandler(capture);
        HttpResponse<String> answer;
        try {
            answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(settings.publicUrl() + "/api-failure-it/api/it-failure")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            log.removeHandler(capture);
        }

        assertEquals(500, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertEquals("default-src 'none'; frame-ancestors 'none'",
                answer.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        String body = answer.body();
        assertTrue(body.startsWith("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
                + "\"detail\":\"The server could not answer. The cause is in its log under incident "), body);
        for (String leak : new String[]{"secret", "hunter2", "IllegalStateException", "Exception", "at org.",
            "FailingResource"}) {
            assertFalse(body.contains(leak), "the answer shows " + leak + ": " + body);
        }

        Matcher incident = Pattern.compile("incident ([0-9a-f-]{36})").matcher(body);
        assertTrue(incident.find(), body);
        LogRecord cause = logged.stream().filter(r -> r.getMessage().contains(incident.group(1))).findFirst()
                .orElse(null);
        assertNotNull(cause, "the log names the incident");
        assertEquals(Level.SEVERE, cause.getLevel());
        assertTrue(cause.getThrown() instanceof IllegalStateException, String.valueOf(cause.getThrown()));
    }
}
