package org.ketaminetraining.web.pub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The promises the hand-written {@code JsonText} kept for the public key resources, checked on Jakarta JSON-P,
 * which writes their JSON now: members in order, compact, JSON embedded as it is, and only JSON's escapes.
 */
class JsonpTextTest {

    @Test
    void writesMembersInOrderWithCommasBetween() {
        assertThat(Json.createObjectBuilder().build().toString()).isEqualTo("{}");
        assertThat(Json.createObjectBuilder().add("status", "valid").add("code", "AB12").build().toString())
                .isEqualTo("{\"status\":\"valid\",\"code\":\"AB12\"}");
        assertThat(Json.createObjectBuilder().add("keys", Json.createReader(new StringReader("[{\"kty\":\"OKP\"}]"))
                .readArray()).build().toString()).isEqualTo("{\"keys\":[{\"kty\":\"OKP\"}]}");
    }

    @Test
    void escapesWhatJsonRequiresAndKeepsOtherCharacters() {
        assertThat(Json.createObjectBuilder().add("n", "Zoë \"Z\" O'Neil\\\n\t\u0001\u2028").build().toString())
                .isEqualTo("{\"n\":\"Zoë \\\"Z\\\" O'Neil\\\\\\n\\t\\u0001\u2028\"}");
    }
}
