package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page that has left Wicket's in-memory cache is read back from its page store and still works: its form posts
 * are handled as when it was fresh. This needs every page, and everything it holds (the services injected into
 * it too), to survive serialization in the real server.
 */
class PageStoreIT {

    @Test
    void aFormOnAPageReadBackFromThePageStoreStillWorks() throws Exception {
        URI base = URI.create(Browser.baseUrl());
        WebSession admin = WebSession.signIn(base, "admin", Browser.demoPassword());
        URI firstPage = admin.formAction("admin/departments", "form");
        // Other stateful pages since: the first one is no longer the session's cached page.
        for (int i = 0; i < 12; i++) {
            admin.formAction("admin/departments", "form");
            admin.get("admin/users");
        }
        String code = "store-" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> answer = admin.post(firstPage, Map.of("code", code, "name", "Page store ward"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("The server could not finish your request").contains(code);
    }
}
