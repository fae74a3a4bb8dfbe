package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.web.admin.UserEditPage;

/**
 * Form posts through the real application's CSRF rule (SameOriginRule through SameOriginPolicy): the test application's own origin
 * is http://localhost, and https://portal.example.org is its one explicitly allowed origin (TestApplication).
 */
class CrossOriginPagesTest extends PageTestBase {

    @Test
    void aSameSitePostFromAnotherHostIsRefusedWith403AndCreatesNoUser() {
        assertThat(createUser("sibling.host", Map.of("sec-fetch-site", "same-site", "sec-fetch-mode", "navigate",
                "sec-fetch-dest", "document", "Origin", "http://wiki.localhost"))).isEqualTo(403);
        assertThat(userExists("sibling.host")).isFalse();
    }

    @Test
    void aCrossSitePostIsRefused() {
        assertThat(createUser("cross.site", Map.of("sec-fetch-site", "cross-site", "sec-fetch-mode", "navigate",
                "sec-fetch-dest", "document", "Origin", "https://attacker.example"))).isEqualTo(403);
        assertThat(userExists("cross.site")).isFalse();
    }

    @Test
    void aSameOriginPostIsAccepted() {
        assertThat(createUser("same.origin", Map.of("sec-fetch-site", "same-origin", "sec-fetch-mode", "navigate",
                "sec-fetch-dest", "document"))).isEqualTo(200);
        assertThat(userExists("same.origin")).isTrue();
    }

    @Test
    void anExplicitlyAllowedOriginIsAcceptedEvenCrossSite() {
        assertThat(createUser("from.portal", Map.of("sec-fetch-site", "cross-site", "sec-fetch-mode", "navigate",
                "sec-fetch-dest", "document", "Origin", "https://portal.example.org"))).isEqualTo(200);
        assertThat(userExists("from.portal")).isTrue();
    }

    @Test
    void withoutFetchMetadataOnlyTheSitesOwnOriginIsAccepted() {
        assertThat(createUser("own.origin", Map.of("Origin", "http://localhost"))).isEqualTo(200);
        assertThat(createUser("foreign.origin", Map.of("Origin", "http://localhost:8081"))).isEqualTo(403);
        assertThat(createUser("no.origin", Map.of())).isEqualTo(403);
        assertThat(userExists("own.origin")).isTrue();
        assertThat(userExists("foreign.origin")).isFalse();
        assertThat(userExists("no.origin")).isFalse();
    }

    /** Posts the new-user form with exactly these headers; returns the final status of the response. */
    private int createUser(String username, Map<String, String> headers) {
        signInAs(adminId);
        tester.startPage(UserEditPage.class);
        headers.forEach(tester::addRequestHeader);
        FormTester form = tester.newFormTester("form");
        form.setValue("username", username);
        form.setValue("displayName", "Cross Origin");
        form.selectMultiple("departments", new int[]{0});
        form.submit();
        return tester.getLastResponse().getStatus();
    }

    private boolean userExists(String username) {
        return people.accounts.values().stream().anyMatch(a -> a.username().equals(username));
    }
}
