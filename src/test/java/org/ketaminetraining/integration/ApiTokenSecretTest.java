package org.ketaminetraining.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTokenSecretTest {

    private static final String TOKEN = "kt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-_9";

    @Test
    void aNewTokenIsPrefixedBase64urlOf256BitsAndDiffersEveryTime() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = ApiTokenSecret.generate(random).reveal();
            assertThat(token).hasSize(ApiTokenSecret.LENGTH).startsWith("kt_").matches("kt_[A-Za-z0-9_-]{43}");
            seen.add(token);
        }
        assertThat(seen).hasSize(100);
    }

    @Test
    void aBearerHeaderIsReadWhateverTheSchemesCase() {
        assertThat(ApiTokenSecret.fromAuthorization("Bearer " + TOKEN)).hasValueSatisfying(
                secret -> assertThat(secret.reveal()).isEqualTo(TOKEN));
        assertThat(ApiTokenSecret.fromAuthorization("bearer " + TOKEN)).isPresent();
        assertThat(ApiTokenSecret.fromAuthorization("  BEARER   " + TOKEN + " ")).isPresent();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Bearer", "Bearer ", "Basic a3Q6cGFzcw==", "Token kt_AAAA", TOKEN,
        "Bearer kt_" + "A" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "Bearer kt_short",
        "Bearer xx_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "Bearer kt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/",
        "Bearer kt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void anythingElseIsNoToken(String header) {
        assertThat(ApiTokenSecret.fromAuthorization(header)).isEmpty();
    }

    @Test
    void anOverlongHeaderIsNotReadAtAll() {
        assertThat(ApiTokenSecret.fromAuthorization("Bearer " + " ".repeat(ApiTokenSecret.MAX_HEADER_LENGTH) + TOKEN))
                .isEmpty();
    }

    @Test
    void theHashIsTheSha256OfTheWholeTokenInHex() {
        ApiTokenSecret secret = ApiTokenSecret.fromAuthorization("Bearer " + TOKEN).orElseThrow();
        assertThat(secret.hash()).hasSize(64).matches("[0-9a-f]{64}")
                .isEqualTo(ApiTokenSecret.fromAuthorization("bearer " + TOKEN).orElseThrow().hash());
        // printf %s "$TOKEN" | sha256sum
        assertThat(secret.hash()).isEqualTo("5ce68e521681045913811ecfea51efef93ab0ced3341bfabd0cf9256cfe235c2");
        assertThat(secret.toString()).doesNotContain(TOKEN.substring(3));
    }
}
