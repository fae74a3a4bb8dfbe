package org.ketaminetraining.web.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SameOriginRuleTest {

    private static final String SITE = "https://training.hospital.org";
    private final SameOriginRule rule = SameOriginRule.of(SITE, "https://portal.hospital.org, http://10.1.2.3:8080");

    private static SameOriginRule.Request post(String site, String origin) {
        return new SameOriginRule.Request("POST", site, site == null ? null : "navigate",
                site == null ? null : "document", origin, null, "http://internal-host:9080");
    }

    @Test
    void aPostFromTheSameOriginOrTypedByThePersonIsAllowed() {
        assertThat(rule.allows(post("same-origin", SITE))).isTrue();
        assertThat(rule.allows(post("none", null))).isTrue();
    }

    @Test
    void aPostFromASiblingHostOfTheSameSiteIsRefused() {
        assertThat(rule.allows(post("same-site", "https://wiki.hospital.org"))).isFalse();
        assertThat(rule.allows(post("same-site", null))).isFalse();
    }

    @Test
    void aCrossSitePostIsRefusedButAGetNavigationIsAllowed() {
        assertThat(rule.allows(post("cross-site", "https://attacker.example"))).isFalse();
        assertThat(rule.allows(new SameOriginRule.Request("GET", "cross-site", "navigate", "document", null, null,
                SITE))).isTrue();
        assertThat(rule.allows(new SameOriginRule.Request("GET", "cross-site", "no-cors", "image", null, null,
                SITE))).isFalse();
        assertThat(rule.allows(new SameOriginRule.Request("GET", "same-site", "navigate", "embed", null, null,
                SITE))).isFalse();
        // Even a navigation may not be a POST.
        assertThat(rule.allows(new SameOriginRule.Request("PUT", "cross-site", "navigate", "document", null, null,
                SITE))).isFalse();
    }

    @Test
    void anExplicitlyListedOriginIsAllowedAndOnlyThatExactOrigin() {
        assertThat(rule.allows(post("same-site", "https://portal.hospital.org"))).isTrue();
        assertThat(rule.allows(post("cross-site", "http://10.1.2.3:8080"))).isTrue();
        assertThat(rule.allows(post("same-site", "https://evil.portal.hospital.org"))).isFalse();
        assertThat(rule.allows(post("same-site", "http://portal.hospital.org"))).isFalse();
        assertThat(rule.allows(post("cross-site", "http://10.1.2.3:8081"))).isFalse();
    }

    @Test
    void withoutFetchMetadataTheOriginOrElseTheRefererMustBeTheSitesOwn() {
        assertThat(rule.allows(post(null, SITE))).isTrue();
        assertThat(rule.allows(post(null, "HTTPS://Training.Hospital.org:443"))).isTrue();
        // The address the request was sent to counts as the site's own (a server reached by another name).
        assertThat(rule.allows(post(null, "http://internal-host:9080"))).isTrue();
        assertThat(rule.allows(post(null, "https://wiki.hospital.org"))).isFalse();
        assertThat(rule.allows(post(null, "null"))).isFalse();
        assertThat(rule.allows(post(null, null))).isFalse();
        assertThat(rule.allows(new SameOriginRule.Request("POST", null, null, null, null, SITE + "/admin/users",
                "http://internal-host:9080"))).isTrue();
        assertThat(rule.allows(new SameOriginRule.Request("POST", null, null, null, null,
                "https://attacker.example/page", "http://internal-host:9080"))).isFalse();
        // A present Origin wins over a Referer.
        assertThat(rule.allows(new SameOriginRule.Request("POST", null, null, null, "https://attacker.example",
                SITE + "/", "http://internal-host:9080"))).isFalse();
    }

    @Test
    void anOverlongOriginIsNotParsedAndCountsAsAbsent() {
        String longOrigin = SITE + "/" + "a".repeat(SameOriginRule.MAX_HEADER_LENGTH);
        assertThat(rule.allows(new SameOriginRule.Request("POST", null, null, null, null, longOrigin,
                "http://internal-host:9080"))).isFalse();
    }

    @Test
    void theSettingIsReadAsExactOriginsAndAWrongEntryIsNamed() {
        assertThat(SameOriginRule.parseAllowedOrigins(" https://A.example.org:443/ ,http://b.example.org:8080 "))
                .containsExactly("https://a.example.org", "http://b.example.org:8080");
        assertThat(SameOriginRule.parseAllowedOrigins("")).isEmpty();
        assertThat(SameOriginRule.parseAllowedOrigins(null)).isEmpty();
        assertThatThrownBy(() -> SameOriginRule.parseAllowedOrigins("https://a.example.org hospital.org"))
                .hasMessage("KT_ALLOWED_ORIGINS: entry 2, \"hospital.org\", is not an origin; write scheme://host "
                        + "or scheme://host:port (http or https, no path), for example https://intranet.example.org");
        assertThatThrownBy(() -> SameOriginRule.parseAllowedOrigins("https://a.example.org/login"))
                .hasMessageContaining("entry 1, \"https://a.example.org/login\"");
        assertThatThrownBy(() -> SameOriginRule.parseAllowedOrigins("ftp://a.example.org"))
                .hasMessageContaining("entry 1");
        assertThatThrownBy(() -> SameOriginRule.parseAllowedOrigins("https://a.example.org ".repeat(300)))
                .hasMessageContaining("at most 4096");
        assertThatThrownBy(() -> SameOriginRule.of("not a url", "")).hasMessageContaining("KT_PUBLIC_URL");
    }
}
