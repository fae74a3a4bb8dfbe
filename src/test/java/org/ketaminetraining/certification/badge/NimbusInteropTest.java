package org.ketaminetraining.certification.badge;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.fixtures.IssuedFixtures;
import org.ketaminetraining.certification.signing.CertificatePayload;
import org.ketaminetraining.certification.signing.CertificateSigner;

/**
 * What a partner's JOSE library makes of our badges and key documents: Nimbus JOSE+JWT (test scope) reads the
 * header, the registered JWT claims, the signing input and the JWK as we mean them, and computes the same RFC 7638
 * thumbprint. Nimbus's own Ed25519 verifier needs Google Tink, so the signature is checked here with the JDK over
 * the signing input as Nimbus sees it.
 */
class NimbusInteropTest {

    private static final List<CertificatePayload> PAYLOADS = IssuedFixtures.payloads();
    private static final PublicKey KEY = IssuedFixtures.publicKey();
    private static final URI KID = IssuedFixtures.ISSUER.keyUri(CertificateSigner.keyId(KEY));

    @Test
    void nimbusReadsTheHeaderTheClaimsAndTheSigningInputOfEveryBadge() throws Exception {
        for (int n = 1; n <= PAYLOADS.size(); n++) {
            String badge = IssuedFixtures.text("badge-" + n + ".jwt");
            CertificatePayload payload = PAYLOADS.get(n - 1);
            SignedJWT jwt = SignedJWT.parse(badge);
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.EdDSA);
            assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
            assertThat(jwt.getHeader().getKeyID()).isEqualTo(KID.toString());
            assertThat(CertificateSigner.verify(jwt.getSigningInput(), jwt.getSignature().decode(), KEY))
                    .as("badge %d", n).isTrue();
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            assertThat(claims.getIssuer()).isEqualTo(IssuedFixtures.SITE.toString());
            assertThat(claims.getJWTID()).isEqualTo(IssuedFixtures.credentialId(payload).toString());
            assertThat(claims.getSubject()).isEqualTo(IssuedFixtures.credentialId(payload) + "#recipient");
            assertThat(claims.getNotBeforeTime()).isEqualTo(Date.from(instant(payload.issuedOn())));
            assertThat(claims.getExpirationTime()).isEqualTo(Date.from(instant(payload.expiresOn())));
            assertThat(claims.getStringClaim("name")).isEqualTo(payload.programmeTitle());
        }
    }

    @Test
    void aFreshBadgeReadsTheSameWay() throws Exception {
        CertificatePayload payload = PAYLOADS.get(0);
        String credential = OpenBadgeCredential.unsignedJson(payload, IssuedFixtures.ISSUER,
                IssuedFixtures.credentialId(payload), IssuedFixtures.achievementId(payload),
                IssuedFixtures.verifyPage(payload));
        JWSObject jws = JWSObject.parse(BadgeSigner.sign(credential, IssuedFixtures.privateKey(), KID));
        assertThat(CertificateSigner.verify(jws.getSigningInput(), jws.getSignature().decode(), KEY)).isTrue();
        assertThat(jws.getPayload().toJSONObject()).containsEntry("jti", IssuedFixtures.credentialId(payload)
                .toString());
    }

    @Test
    void nimbusReadsTheKeyDocumentAsThePublicKeyWithTheSameThumbprint() throws Exception {
        PublicJwk ours = PublicJwk.of(KEY, KID.toString());
        for (String document : List.of(ours.toJson(), IssuedFixtures.text("key.jwk.json"))) {
            OctetKeyPair jwk = OctetKeyPair.parse(document);
            assertThat(jwk.getCurve()).isEqualTo(Curve.Ed25519);
            assertThat(jwk.isPrivate()).isFalse();
            assertThat(jwk.getKeyID()).isEqualTo(KID.toString());
            assertThat(jwk.getDecodedX()).isEqualTo(Ed25519Keys.raw(KEY));
            assertThat(jwk.computeThumbprint().toString()).isEqualTo(ours.thumbprint());
        }
    }

    @Test
    void theRfc8037ExampleKeyHasTheRfcsThumbprintInBoth() throws Exception {
        String document = new PublicJwk(Rfc8037.X, "k").toJson();
        assertThat(OctetKeyPair.parse(document).computeThumbprint().toString()).isEqualTo(Rfc8037.THUMBPRINT)
                .isEqualTo(new PublicJwk(Rfc8037.X, "k").thumbprint());
    }

    private static Instant instant(java.time.LocalDate date) {
        return date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
