package org.ketaminetraining.web.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesMembersInOrderWithCommasBetween() {
        assertThat(JsonText.object().toString()).isEqualTo("{}");
        assertThat(JsonText.object().string("status", "valid").string("code", "AB12").toString())
                .isEqualTo("{\"status\":\"valid\",\"code\":\"AB12\"}");
        assertThat(JsonText.object().json("keys", "[{\"kty\":\"OKP\"}]").toString())
                .isEqualTo("{\"keys\":[{\"kty\":\"OKP\"}]}");
    }

    @Test
    void escapesWhatJsonRequiresAndKeepsOtherCharacters() {
        assertThat(JsonText.object().string("n", "Zoë \"Z\" O'Neil\\\n\t\u0001\u2028").toString())
                .isEqualTo("{\"n\":\"Zoë \\\"Z\\\" O'Neil\\\\\\n\\t\\u0001\u2028\"}");
    }
}
