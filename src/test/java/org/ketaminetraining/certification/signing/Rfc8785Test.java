package org.ketaminetraining.certification.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.fixtures.IssuedFixtures;

/**
 * {@link CanonicalPayload} says its form coincides with RFC 8785 (JSON Canonicalization Scheme) for certificate
 * data; here an independent RFC 8785 implementation (java-json-canonicalization, test scope) is the judge:
 * canonicalising the canonical bytes again, or any other spelling of the same payload, gives exactly them.
 */
class Rfc8785Test {

    @Property(tries = 300)
    void theCanonicalPayloadIsWhatRfc8785MakesOfIt(@ForAll("payloads") CertificatePayload payload) throws Exception {
        byte[] canonical = CanonicalPayload.toBytes(payload);
        assertThat(new JsonCanonicalizer(canonical).getEncodedUTF8()).isEqualTo(canonical);
    }

    @Test
    void anyOtherSpellingOfTheGoldenPayloadCanonicalisesToItsBytes() throws Exception {
        String respelled = Certificates.GOLDEN.replace(",\"", ",\n  \"").replace("\":", "\" : ")
                .replace("Zoë", "Zo\\u00eb").replace("\"scorePerMille\" : 875", "\"scorePerMille\" : 8.75e2");
        // Members in reverse order too: RFC 8785 sorts them.
        String reversed = "{\"verificationCode\":\"K7Q29XMD4HBT0VWEZR3N\"," + respelled.substring(1)
                .replace(",\n  \"verificationCode\" : \"K7Q29XMD4HBT0VWEZR3N\"}", "}");
        assertThat(new JsonCanonicalizer(reversed).getEncodedUTF8())
                .isEqualTo(Certificates.GOLDEN.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thePayloadsIssuedBeforeAreRfc8785Canonical() throws Exception {
        for (int n = 1; n <= IssuedFixtures.payloads().size(); n++) {
            byte[] issued = IssuedFixtures.bytes("payload-" + n + ".json");
            assertThat(new JsonCanonicalizer(issued).getEncodedUTF8()).as("payload %d", n).isEqualTo(issued);
        }
    }

    @Provide
    Arbitrary<CertificatePayload> payloads() {
        return Payloads.payloads();
    }
}
