package org.ketaminetraining.it.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.it.Browser;
import org.ketaminetraining.it.WebSession;

/**
 * The file upload form (the user import) posted as anything but what a browser sends it as, by a signed-in
 * administrator (a script, a proxy that rewrites bodies): a form body, multipart without a boundary, multipart
 * whose boundary never comes, plain text. Each is refused as a bad request at once, never a 500 (HostileFormsIT
 * found that a form body answered 500: Wicket's multipart reader throws on a request that is not multipart).
 */
class UploadFormsIT {

    @Test
    void anUploadFormSentAsAnythingButMultipartIsABadRequest() throws Exception {
        WebSession admin = WebSession.signIn(URI.create(Browser.baseUrl()), "admin", Browser.demoPassword());
        Map<String, byte[]> bodies = Map.of("application/x-www-form-urlencoded", "csv=x".getBytes(
                StandardCharsets.US_ASCII), "multipart/form-data", "garbage".getBytes(StandardCharsets.US_ASCII),
                "multipart/form-data; boundary=never", "--other\r\n\r\nx".getBytes(StandardCharsets.US_ASCII),
                "text/plain", "username,display_name".getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            URI action = admin.formAction("admin/users/import", "form");
            Refusals.Timed timed = Refusals.time(() -> admin.post(action, body.getKey(), body.getValue()));
            HostileFormsIT.assertNotAFailure("the user import sent as " + body.getKey(), timed);
            assertThat(timed.response().statusCode()).as(body.getKey()).isIn(200, 400);
        }
    }
}
