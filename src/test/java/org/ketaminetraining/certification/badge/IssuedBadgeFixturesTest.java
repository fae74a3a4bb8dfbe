package org.ketaminetraining.certification.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.fixtures.IssuedFixtures;
import org.ketaminetraining.certification.signing.CertificatePayload;
import org.ketaminetraining.certification.signing.CertificateSigner;

/**
 * Badges and the key document issued before the JSON and JOSE code was replaced by libraries still verify, under
 * the published PEM key and under the key read back from the published JWK, and are issued again to the byte.
 */
class IssuedBadgeFixturesTest {

    private static final List<CertificatePayload> PAYLOADS = IssuedFixtures.payloads();
    private static final URI KID = IssuedFixtures.ISSUER.keyUri(CertificateSigner.keyId(IssuedFixtures.publicKey()));

    @Test
    void everyIssuedBadgeStillVerifiesAndGivesBackItsCredential() {
        PublicJwk jwk = PublicJwk.parse(IssuedFixtures.text("key.jwk.json"));
        assertThat(jwk.kid()).isEqualTo(KID.toString());
        for (int n = 1; n <= PAYLOADS.size(); n++) {
            String badge = IssuedFixtures.text("badge-" + n + ".jwt");
            assertThat(BadgeVerifier.verify(badge, IssuedFixtures.publicKey())).as("badge %d", n).isTrue();
            assertThat(BadgeVerifier.verify(badge, jwk.toPublicKey())).as("badge %d", n).isTrue();
            assertThat(BadgeVerifier.keyUri(badge)).contains(KID);
            assertThat(BadgeVerifier.verifiedCredential(badge, IssuedFixtures.publicKey())).as("badge %d", n)
                    .contains(IssuedFixtures.text("credential-" + n + ".json"));
            LocalDate issued = PAYLOADS.get(n - 1).issuedOn();
            assertThat(BadgeVerifier.verifyAt(badge, IssuedFixtures.publicKey(),
                    issued.atStartOfDay(ZoneOffset.UTC).toInstant())).as("badge %d", n).isTrue();
        }
    }

    @Test
    void theSameCertificateGivesTheSameCredentialAndBadgeToTheByte() {
        for (int n = 1; n <= PAYLOADS.size(); n++) {
            CertificatePayload payload = PAYLOADS.get(n - 1);
            String credential = OpenBadgeCredential.unsignedJson(payload, IssuedFixtures.ISSUER,
                    IssuedFixtures.credentialId(payload), IssuedFixtures.achievementId(payload),
                    IssuedFixtures.verifyPage(payload));
            assertThat(credential).as("credential %d", n).isEqualTo(IssuedFixtures.text("credential-" + n + ".json"));
            assertThat(BadgeSigner.sign(credential, IssuedFixtures.privateKey(), KID)).as("badge %d", n)
                    .isEqualTo(IssuedFixtures.text("badge-" + n + ".jwt"));
        }
    }

    @Test
    void theKeyDocumentIsTheSameAsBefore() {
        PublicJwk jwk = PublicJwk.of(IssuedFixtures.publicKey(), KID.toString());
        assertThat(jwk.toJson()).isEqualTo(IssuedFixtures.text("key.jwk.json"));
        assertThat(PublicJwk.parse(IssuedFixtures.text("key.jwk.json"))).isEqualTo(jwk);
    }
}
