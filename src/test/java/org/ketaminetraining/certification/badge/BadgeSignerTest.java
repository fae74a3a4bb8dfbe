package org.ketaminetraining.certification.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.json.JsonReader;
import org.ketaminetraining.certification.json.JsonWriter;
import org.ketaminetraining.certification.signing.CertificateSigner;

class BadgeSignerTest {

    private static final KeyPair KEYS = Badges.keys(11);
    private static final String KEY_ID = CertificateSigner.keyId(KEYS.getPublic());
    private static final URI KID = Badges.ISSUER.keyUri(KEY_ID);
    private static final String JWS = BadgeSigner.sign(Badges.credential(), KEYS.getPrivate(), KID);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Test
    void aSignedBadgeVerifiesUnderItsKey() {
        assertThat(BadgeVerifier.rejection(JWS, KEYS.getPublic())).isEmpty();
        assertThat(BadgeVerifier.verify(JWS, KEYS.getPublic())).isTrue();
    }

    @Test
    void theHeaderNamesTheAlgorithmTheTypeAndTheKeysUrl() {
        String header = new String(CompactJws.split(JWS).orElseThrow().header(), StandardCharsets.UTF_8);
        assertThat(header).isEqualTo("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"https://ketamine-training.example"
                + "/keys/" + KEY_ID + "\"}");
        assertThat(BadgeVerifier.keyUri(JWS)).contains(KID);
    }

    @Test
    void thePayloadIsTheCredentialFollowedByTheClaimsItImplies() {
        Map<String, Object> payload = JsonReader.parseObject(new String(CompactJws.split(JWS).orElseThrow().payload(),
                StandardCharsets.UTF_8));
        assertThat(payload.get("iss")).isEqualTo("https://ketamine-training.example/");
        assertThat(payload.get("jti")).isEqualTo(Badges.CREDENTIAL.toString());
        assertThat(payload.get("sub")).isEqualTo(Badges.CREDENTIAL + "#recipient");
        assertThat(payload.get("nbf")).isEqualTo(new BigDecimal("1740787200")); // 2025-03-01T00:00:00Z
        assertThat(payload.get("exp")).isEqualTo(new BigDecimal("1803859200")); // 2027-03-01T00:00:00Z
        assertThat(List.copyOf(payload.keySet()).subList(payload.size() - 5, payload.size()))
                .containsExactly("iss", "jti", "sub", "nbf", "exp");
        assertThat(BadgeVerifier.verifiedPayload(JWS, KEYS.getPublic()))
                .contains(new String(CompactJws.split(JWS).orElseThrow().payload(), StandardCharsets.UTF_8));
    }

    @Test
    void theVerifiedCredentialIsTheSignedTextAgain() {
        assertThat(BadgeVerifier.verifiedCredential(JWS, KEYS.getPublic())).contains(Badges.credential());
    }

    @Test
    void signingIsDeterministic() {
        assertThat(BadgeSigner.sign(Badges.credential(), Badges.keys(11).getPrivate(), KID)).isEqualTo(JWS);
    }

    @Test
    void changingAnyOneCharacterOfHeaderOrSignatureBreaksIt() {
        int headerEnd = JWS.indexOf('.');
        int signatureStart = JWS.lastIndexOf('.') + 1;
        for (int position = 0; position < headerEnd; position++) {
            assertThat(BadgeVerifier.verify(changedAt(position), KEYS.getPublic())).as("header %d", position)
                    .isFalse();
        }
        for (int position = signatureStart; position < JWS.length(); position++) {
            assertThat(BadgeVerifier.verify(changedAt(position), KEYS.getPublic())).as("signature %d", position)
                    .isFalse();
        }
    }

    @Test
    void changingOneCharacterOfThePayloadBreaksIt() {
        // Every character would take many seconds (an Ed25519 check each, in pure Java), so: both ends of the
        // part, where the base64 padding bits live, and every 31st character between (31 is 3 modulo 4, so the
        // samples meet every position within a base64 quantum of four characters).
        int start = JWS.indexOf('.') + 1;
        int end = JWS.lastIndexOf('.');
        for (int position = start; position < end; position++) {
            if (position - start < 8 || end - position <= 8 || (position - start) % 31 == 0) {
                assertThat(BadgeVerifier.verify(changedAt(position), KEYS.getPublic())).as("payload %d", position)
                        .isFalse();
            }
        }
    }

    /** The badge with the character at {@code position} replaced by its neighbour in the base64url alphabet. */
    private static String changedAt(int position) {
        char replacement = ALPHABET.charAt((ALPHABET.indexOf(JWS.charAt(position)) + 1) % ALPHABET.length());
        return JWS.substring(0, position) + replacement + JWS.substring(position + 1);
    }

    @Test
    void anotherKeyDoesNotVerifyIt() {
        assertThat(BadgeVerifier.verify(JWS, Badges.keys(12).getPublic())).isFalse();
        assertThat(BadgeVerifier.rejection(JWS, Badges.keys(12).getPublic()))
                .contains("the signature does not verify under this key");
        assertThat(BadgeVerifier.verifiedCredential(JWS, Badges.keys(12).getPublic())).isEmpty();
        String byOther = BadgeSigner.sign(Badges.credential(), Badges.keys(12).getPrivate(), KID);
        assertThat(BadgeVerifier.verify(byOther, KEYS.getPublic())).isFalse();
    }

    @Test
    void aKeyRestoredFromItsJwkVerifiesIt() {
        PublicJwk published = PublicJwk.parse(PublicJwk.of(KEYS.getPublic(), KID.toString()).toJson());
        assertThat(published.kid()).isEqualTo(BadgeVerifier.keyUri(JWS).orElseThrow().toString());
        assertThat(BadgeVerifier.verify(JWS, published.toPublicKey())).isTrue();
    }

    @Test
    void claimsThatDisagreeWithTheCredentialAreRejectedEvenWhenProperlySigned() {
        assertRejected(payload -> payload.put("iss", "https://elsewhere.example/"), "claim iss");
        assertRejected(payload -> payload.put("jti", "https://ketamine-training.example/badges/OTHER"),
                "claim jti");
        assertRejected(payload -> payload.remove("sub"), "claim sub");
        assertRejected(payload -> payload.put("nbf", 1740787199L), "claim nbf");
        assertRejected(payload -> payload.put("exp", "1803859200"), "claim exp");
        assertRejected(payload -> payload.remove("exp"), "claim exp");
        assertRejected(payload -> payload.remove("validUntil"), "claim exp is present");
        assertRejected(payload -> payload.put("validFrom", "2025-03-01"), "validFrom is not a date and time");
        assertRejected(payload -> payload.remove("credentialSubject"), "credentialSubject is missing");
        // Numbers are compared by value, whatever their spelling.
        assertAccepted(payload -> payload.put("nbf", new BigDecimal("1.7407872E+9")));
    }

    @Test
    void headersOtherThanTheAllowedOnesAreRejectedEvenWhenProperlySigned() {
        String payload = JsonWriter.write(payloadOfJws());
        for (Map.Entry<String, String> header : Map.of(
                "{\"alg\":\"none\"}", "alg is none",
                "{\"alg\":\"RS256\",\"typ\":\"JWT\"}", "alg is RS256",
                "{\"typ\":\"JWT\"}", "alg is null",
                "{\"alg\":\"EdDSA\",\"typ\":\"vc+jwt\"}", "typ is vc+jwt",
                "{\"alg\":\"EdDSA\",\"kid\":7}", "kid is not a string",
                "{\"alg\":\"EdDSA\",\"crit\":[\"b64\"],\"b64\":false}", "member \"crit\"",
                "[\"alg\",\"EdDSA\"]", "header is not a JSON object").entrySet()) {
            String jws = CompactJws.sign(header.getKey(), payload.getBytes(StandardCharsets.UTF_8),
                    KEYS.getPrivate());
            assertThat(BadgeVerifier.rejection(jws, KEYS.getPublic())).as(header.getKey())
                    .hasValueSatisfying(reason -> assertThat(reason).contains(header.getValue()));
        }
        for (String header : List.of("{\"alg\":\"EdDSA\"}", "{\"alg\":\"Ed25519\",\"typ\":\"JWT\"}")) {
            String jws = CompactJws.sign(header, payload.getBytes(StandardCharsets.UTF_8), KEYS.getPrivate());
            assertThat(BadgeVerifier.verify(jws, KEYS.getPublic())).as(header).isTrue();
        }
    }

    @Test
    void aPayloadThatIsNotUtf8JsonIsRejected() {
        String header = "{\"alg\":\"EdDSA\"}";
        for (byte[] payload : List.of(new byte[]{(byte) 0xc3, 0x28}, "not json".getBytes(StandardCharsets.UTF_8),
                "[]".getBytes(StandardCharsets.UTF_8))) {
            String jws = CompactJws.sign(header, payload, KEYS.getPrivate());
            assertThat(BadgeVerifier.rejection(jws, KEYS.getPublic())).contains("the payload is not a JSON object");
        }
    }

    @Test
    void isInForceFromValidFromUntilJustBeforeValidUntil() {
        Instant from = Instant.parse("2025-03-01T00:00:00Z");
        Instant until = Instant.parse("2027-03-01T00:00:00Z");
        assertThat(BadgeVerifier.verifyAt(JWS, KEYS.getPublic(), from.minusSeconds(1))).isFalse();
        assertThat(BadgeVerifier.verifyAt(JWS, KEYS.getPublic(), from)).isTrue();
        assertThat(BadgeVerifier.verifyAt(JWS, KEYS.getPublic(), until.minusSeconds(1))).isTrue();
        assertThat(BadgeVerifier.verifyAt(JWS, KEYS.getPublic(), until)).isFalse();
        assertThat(BadgeVerifier.verifyAt(JWS, Badges.keys(12).getPublic(), from)).isFalse();
    }

    @Test
    void unicodeNamesSurviveSigningAsUtf8() {
        String name = "Zoe\u0308 王 𝒜lice 😀";
        String credential = OpenBadgeCredential.unsignedJson(Badges.payload(name, Optional.empty()), Badges.ISSUER,
                Badges.CREDENTIAL, Badges.ACHIEVEMENT, Badges.VERIFY);
        String jws = BadgeSigner.sign(credential, KEYS.getPrivate(), KID);
        String verified = BadgeVerifier.verifiedCredential(jws, KEYS.getPublic()).orElseThrow();
        assertThat(verified).isEqualTo(credential).contains("\"identityHash\":\"Zo\u00eb 王 𝒜lice 😀\"");
        byte[] payload = CompactJws.split(jws).orElseThrow().payload();
        assertThat(new String(payload, StandardCharsets.UTF_8)).contains("Zo\u00eb 王 𝒜lice 😀");
    }

    @Test
    void refusesToSignWhatCannotBecomeAConsistentBadge() throws Exception {
        String credential = Badges.credential();
        assertThatThrownBy(() -> BadgeSigner.sign(credential.replaceFirst("\\{", "{\"iss\":\"x\","),
                KEYS.getPrivate(), KID)).hasMessageContaining("already has a member \"iss\"");
        Map<String, Object> anonymous = JsonReader.parseObject(credential);
        OpenBadgeCredentialTest.map(anonymous, "credentialSubject").remove("id");
        assertThatThrownBy(() -> BadgeSigner.sign(JsonWriter.write(anonymous), KEYS.getPrivate(), KID))
                .hasMessageContaining("credentialSubject.id");
        assertThatThrownBy(() -> BadgeSigner.sign(credential.replace("2025-03-01T00:00:00Z",
                "2025-03-01T00:00:00.5Z"), KEYS.getPrivate(), KID)).hasMessageContaining("fractions of a second");
        assertThatThrownBy(() -> BadgeSigner.sign(credential.replace("2025-03-01T00:00:00Z", "2025-03-01T00:00:00"),
                KEYS.getPrivate(), KID)).hasMessageContaining("validFrom is not a date and time with a zone");
        assertThatThrownBy(() -> BadgeSigner.sign(credential, KEYS.getPrivate(), URI.create("keys/1")))
                .hasMessageContaining("absolute URI");
        assertThatThrownBy(() -> BadgeSigner.sign(credential.replace("Zoë", "Zo\uD800"), KEYS.getPrivate(), KID))
                .hasMessageContaining("unpaired surrogate");
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        assertThatThrownBy(() -> BadgeSigner.sign(credential, ed448.getPrivate(), KID))
                .hasMessageContaining("not an Ed25519 key");
        assertThatThrownBy(() -> BadgeVerifier.verify(JWS, ed448.getPublic()))
                .hasMessageContaining("not an Ed25519 key");
    }

    @Test
    void anOffsetInTheDatesGivesTheSameInstantAsUtc() {
        String shifted = Badges.credential().replace("2025-03-01T00:00:00Z", "2025-03-01T01:00:00+01:00");
        String jws = BadgeSigner.sign(shifted, KEYS.getPrivate(), KID);
        assertThat(JsonReader.parseObject(BadgeVerifier.verifiedPayload(jws, KEYS.getPublic()).orElseThrow())
                .get("nbf")).isEqualTo(new BigDecimal("1740787200"));
    }

    private static Map<String, Object> payloadOfJws() {
        return JsonReader.parseObject(BadgeVerifier.verifiedPayload(JWS, KEYS.getPublic()).orElseThrow());
    }

    /** Signs the badge's payload, changed, with the right key and header: only the claims check can object. */
    private static String resigned(Consumer<Map<String, Object>> change) {
        Map<String, Object> payload = new LinkedHashMap<>(payloadOfJws());
        change.accept(payload);
        return CompactJws.sign("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + KID + "\"}",
                JsonWriter.write(payload).getBytes(StandardCharsets.UTF_8), KEYS.getPrivate());
    }

    private static void assertRejected(Consumer<Map<String, Object>> change, String reason) {
        String jws = resigned(change);
        assertThat(BadgeVerifier.verify(jws, KEYS.getPublic())).isFalse();
        assertThat(BadgeVerifier.rejection(jws, KEYS.getPublic()))
                .hasValueSatisfying(actual -> assertThat(actual).contains(reason));
    }

    private static void assertAccepted(Consumer<Map<String, Object>> change) {
        assertThat(BadgeVerifier.rejection(resigned(change), KEYS.getPublic())).isEmpty();
    }
}
