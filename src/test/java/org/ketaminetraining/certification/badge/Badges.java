package org.ketaminetraining.certification.badge;

import java.math.BigDecimal;
import java.net.URI;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.certification.signing.AssessedRevision;
import org.ketaminetraining.certification.signing.CertificatePayload;
import org.ketaminetraining.certification.signing.CertificateSigner;
import org.ketaminetraining.certification.signing.VerificationCode;

/** Fixed certificates, issuer, addresses and reproducible keys shared by the badge tests. */
final class Badges {

    static final String CODE = "K7Q2-9XMD-4HBT-0VWE-ZR3N";
    static final URI SITE = URI.create("https://ketamine-training.example/");
    static final BadgeIssuer ISSUER = new BadgeIssuer(SITE, URI.create("https://ketamine-training.example/keys/"));
    static final URI CREDENTIAL = URI.create("https://ketamine-training.example/badges/K7Q29XMD4HBT0VWEZR3N");
    static final URI ACHIEVEMENT = URI.create(
            "https://ketamine-training.example/achievements/ketamine-sedation/2025.1");
    static final URI VERIFY = URI.create("https://ketamine-training.example/verify/K7Q2-9XMD-4HBT-0VWE-ZR3N");

    private Badges() {
    }

    /** A certificate with a non-ASCII name and provider, quotes and a backslash in the title, 7.50 hours. */
    static CertificatePayload payload() {
        return payload("Zoë O'Brien", Optional.of(new BigDecimal("7.50")));
    }

    static CertificatePayload payload(String holderName, Optional<BigDecimal> contactHours) {
        return new CertificatePayload(VerificationCode.parse(CODE).orElseThrow(), holderName, "ketamine-sedation",
                "Ketamine \"procedural sedation\" \\ analgesia", "2025.1",
                List.of(new AssessedRevision("mech-nmda", 2), new AssessedRevision("dose-obj-calculations", 5)),
                875, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 3, 1), "Hôpital Saint-Éloi", contactHours);
    }

    static String credential() {
        return OpenBadgeCredential.unsignedJson(payload(), ISSUER, CREDENTIAL, ACHIEVEMENT, VERIFY);
    }

    /** An Ed25519 key pair that is the same for the same seed (SHA1PRNG seeded before first use). */
    static KeyPair keys(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return CertificateSigner.generateKeyPair(random);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
