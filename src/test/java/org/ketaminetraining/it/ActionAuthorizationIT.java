package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A form listener called by someone the page does not offer it to, over real HTTP: the re-import form of the
 * question banks page is an administrator's; an educator may open the page but not use the form, even by posting
 * to its listener URL on a freshly built page.
 */
class ActionAuthorizationIT {

    @Test
    void anEducatorPostingToTheReimportListenerIsRefusedAndNothingIsImported() throws Exception {
        URI base = URI.create(Browser.baseUrl());
        WebSession educator = WebSession.signIn(base, "educator", Browser.demoPassword());
        HttpResponse<String> refused = educator.post("author/banks?-1.-reimport", "");
        assertThat(refused.statusCode()).isEqualTo(403);

        WebSession admin = WebSession.signIn(base, "admin", Browser.demoPassword());
        String banks = new String(admin.get("author/banks").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(banks).as("the recent imports name who ran them").contains("Recent imports")
                .doesNotContain(">educator<");
    }
}
