package org.ketaminetraining.certification.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CanonicalPayloadTest {

    @Test
    void theCanonicalBytesOfAFixedPayloadNeverChange() {
        byte[] bytes = CanonicalPayload.toBytes(Certificates.payload());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(Certificates.GOLDEN);
        assertThat(bytes).isEqualTo(Certificates.GOLDEN.getBytes(StandardCharsets.UTF_8));
        // the non-ASCII letters are raw UTF-8, not \\u escapes: "Zoë" is 5a 6f c3 ab
        assertThat(HexFormat.of().formatHex(bytes)).contains("5a6fc3ab204f27427269656e");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\\u").doesNotContain(" :")
                .doesNotContain("\n");
    }

    @Test
    void decomposedAndPrecomposedNamesGiveTheSameBytes() {
        assertThat(CanonicalPayload.toBytes(Certificates.payload("Zoe\u0308 O'Brien")))
                .isEqualTo(Certificates.GOLDEN.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void contactHoursAreLeftOutWhenNotStated() {
        CertificatePayload p = Certificates.payload();
        CertificatePayload without = new CertificatePayload(p.verificationCode(), p.holderName(), p.programmeId(),
                p.programmeTitle(), p.curriculumVersion(), p.assessedRevisions(), p.scorePerMille(), p.issuedOn(),
                p.expiresOn(), p.provider(), java.util.Optional.empty());
        assertThat(CanonicalPayload.toJson(without))
                .isEqualTo(Certificates.GOLDEN.replace("\"contactHours\":\"7.5\",", ""));
    }

    @Test
    void theGoldenBytesParseBackToThePayload() throws CertificateFormatException {
        assertThat(CanonicalPayload.parse(Certificates.GOLDEN.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Certificates.payload());
    }

    @Property(tries = 300)
    void everyPayloadSurvivesTheRoundTripThroughItsBytes(@ForAll("payloads") CertificatePayload payload)
            throws CertificateFormatException {
        byte[] bytes = CanonicalPayload.toBytes(payload);
        CertificatePayload back = CanonicalPayload.parse(bytes);
        assertThat(back).isEqualTo(payload);
        assertThat(CanonicalPayload.toBytes(back)).isEqualTo(bytes);
    }

    @Provide
    Arbitrary<CertificatePayload> payloads() {
        return Payloads.payloads();
    }

    @Test
    void otherSpellingsOfTheSameContentAreNotCanonical() {
        String golden = Certificates.GOLDEN;
        for (String other : new String[]{
            golden.replace(",\"", ", \""),
            golden + "\n",
            golden.replace("Zoë", "Zo\\u00eb"),
            golden.replace("Zoë", "Zoe\u0308"),
            golden.replace("\"contactHours\":\"7.5\",", "\"contactHours\":\"7.50\","),
            golden.replace("\"contactHours\":\"7.5\",\"curriculumVersion\":\"2025.1\",",
                    "\"curriculumVersion\":\"2025.1\",\"contactHours\":\"7.5\","),
        }) {
            assertThatThrownBy(() -> CanonicalPayload.parse(other.getBytes(StandardCharsets.UTF_8)))
                    .as(other).isInstanceOf(CertificateFormatException.class)
                    .hasMessageStartingWith("payload is valid JSON but not in canonical form");
        }
    }

    @Test
    void malformedBytesAreRefusedSayingWhatAndWhere() {
        assertRefused("{\"format\":\"ketamine-training-certificate/1\",\n  \"holderName\" \"x\"}",
                "line 2, column 16: expected :");
        assertRefused("[1,2", "line 1, column 5: unexpected end of text");
        assertRefused("{\"a\":1.5}", "line 1, column 6: only whole numbers are used in certificates");
        assertRefused("{\"a\":1,\"a\":2}", "line 1, column 8: duplicate member \"a\"");
        assertRefused("{\"a\":true}", "line 1, column 6: true, false and null are not used in certificates");
        assertRefused("{\"a\":\"\\u00g0\"}", "line 1, column 7: \\u must be followed by four hexadecimal digits");
        assertRefused("[]", "payload must be a JSON object");
        assertRefused(Certificates.GOLDEN.replace("\"provider\"", "\"issuer\""),
                "payload has an unknown member \"issuer\"");
        assertRefused(Certificates.GOLDEN.replace("certificate/1", "certificate/2"),
                "payload format is \"ketamine-training-certificate/2\", this program reads"
                        + " \"ketamine-training-certificate/1\"");
        assertRefused(Certificates.GOLDEN.replace("\"scorePerMille\":875", "\"scorePerMille\":\"875\""),
                "payload member \"scorePerMille\" must be a whole number");
        assertRefused(Certificates.GOLDEN.replace("\"scorePerMille\":875", "\"scorePerMille\":1875"),
                "payload: score must be 0 to 1000 per mille, was 1875");
        assertRefused(Certificates.GOLDEN.replace("2025-03-01", "2025-3-1"),
                "payload member \"issuedOn\" must be a date like \"2025-03-01\", was \"2025-3-1\"");
        assertRefused(Certificates.GOLDEN.replace("ZR3N", "zr3n"),
                "payload member \"verificationCode\" is not 20 canonical Crockford base32 symbols");
        assertRefused(Certificates.GOLDEN.replace("\"holderName\":\"Zoë O'Brien\",", ""),
                "payload member \"holderName\" is missing");
        assertRefused(Certificates.GOLDEN.replace("Zoë", "Zo\\u0007"),
                "payload: holder name contains a control character (U+0007) at position 3");
        assertRefused(Certificates.GOLDEN.replace("{\"questionId\":\"ae-emergence\",\"revision\":1}",
                "{\"questionId\":\"ae-emergence\"}"),
                "assessedRevisions[0] must be an object with exactly a string \"questionId\" and a whole-number"
                        + " \"revision\"");
    }

    @Test
    void jsonACertificateNeverUsesIsRefusedWhereItStands() {
        assertRefused("{\"a\":[1,\n null]}", "line 2, column 2: true, false and null are not used in certificates");
        assertRefused("{\"a\":false}", "line 1, column 6: true, false and null are not used in certificates");
        assertRefused("{\"a\":1e0}", "line 1, column 6: only whole numbers are used in certificates");
        assertRefused("{\"a\":-1234567890123456789}", "line 1, column 6: number is too long");
        assertRefused("[".repeat(17) + "]".repeat(17), "line 1, column 17: nested more than 16 levels deep");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] bytes = Certificates.GOLDEN.getBytes(StandardCharsets.UTF_8);
        int e = Certificates.GOLDEN.indexOf("Zoë") + 2;
        bytes[e] = (byte) 0xff;
        assertThatThrownBy(() -> CanonicalPayload.parse(bytes)).hasMessage("not UTF-8 text");
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> CanonicalPayload.parse(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CertificateFormatException.class).hasMessage(message);
    }
}
