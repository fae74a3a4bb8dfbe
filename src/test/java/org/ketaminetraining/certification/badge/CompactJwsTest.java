package org.ketaminetraining.certification.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompactJwsTest {

    @Test
    void reproducesTheRfc8037SignatureExactly() throws Exception {
        // Ed25519 is deterministic, so the RFC's private key, header and payload must give the RFC's JWS to the
        // character: encoding, signing input and signature are all checked against an outside reference.
        String jws = CompactJws.sign(Rfc8037.HEADER, Rfc8037.PAYLOAD.getBytes(StandardCharsets.US_ASCII),
                Rfc8037.privateKey());
        assertThat(jws).isEqualTo(Rfc8037.JWS);
    }

    @Test
    void splitsIntoTheDecodedParts() {
        CompactJws.Parts parts = CompactJws.split(Rfc8037.JWS).orElseThrow();
        assertThat(new String(parts.header(), StandardCharsets.UTF_8)).isEqualTo(Rfc8037.HEADER);
        assertThat(new String(parts.payload(), StandardCharsets.UTF_8)).isEqualTo(Rfc8037.PAYLOAD);
        assertThat(parts.signature()).hasSize(64);
        assertThat(parts.signingInput()).isEqualTo(Rfc8037.JWS.substring(0, Rfc8037.JWS.lastIndexOf('.')));
    }

    @Test
    void refusesAnythingButThreeCanonicalPartsWithA64ByteSignature() {
        String[] parts = Rfc8037.JWS.split("\\.");
        for (String bad : new String[]{null, "", parts[0] + "." + parts[1], Rfc8037.JWS + ".", "." + Rfc8037.JWS,
            parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[2], parts[0] + "." + parts[1] + ".AAAA",
            parts[0] + "=." + parts[1] + "." + parts[2], parts[0] + "." + parts[1] + " ." + parts[2],
            parts[0] + "." + parts[1] + "." + parts[2].substring(0, 85) + "h"}) {
            assertThat(CompactJws.split(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }
}
