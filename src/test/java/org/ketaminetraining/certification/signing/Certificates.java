package org.ketaminetraining.certification.signing;

import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Fixed payloads and reproducible keys shared by the tests, so golden values stay golden. */
public final class Certificates {

    static final String CODE = "K7Q2-9XMD-4HBT-0VWE-ZR3N";

    /** The canonical bytes of {@link #payload()}, as text: written by hand from the documented form. */
    static final String GOLDEN = "{\"assessedRevisions\":["
            + "{\"questionId\":\"ae-emergence\",\"revision\":1},"
            + "{\"questionId\":\"dose-obj-calculations\",\"revision\":5},"
            + "{\"questionId\":\"mech-nmda\",\"revision\":2}],"
            + "\"contactHours\":\"7.5\","
            + "\"curriculumVersion\":\"2025.1\","
            + "\"expiresOn\":\"2027-03-01\","
            + "\"format\":\"ketamine-training-certificate/1\","
            + "\"holderName\":\"Zoë O'Brien\","
            + "\"issuedOn\":\"2025-03-01\","
            + "\"programmeId\":\"ketamine-sedation\","
            + "\"programmeTitle\":\"Ketamine \\\"procedural sedation\\\" \\\\ analgesia\","
            + "\"provider\":\"Hôpital Saint-Éloi\","
            + "\"scorePerMille\":875,"
            + "\"verificationCode\":\"K7Q29XMD4HBT0VWEZR3N\"}";

    private Certificates() {
    }

    /** A payload with a non-ASCII name, quotes and a backslash, revisions given out of order, hours as 7.50. */
    static CertificatePayload payload() {
        return payload("Zoë O'Brien");
    }

    static CertificatePayload payload(String holderName) {
        return new CertificatePayload(VerificationCode.parse(CODE).orElseThrow(), holderName, "ketamine-sedation",
                "Ketamine \"procedural sedation\" \\ analgesia", "2025.1",
                List.of(new AssessedRevision("mech-nmda", 2), new AssessedRevision("dose-obj-calculations", 5),
                        new AssessedRevision("ae-emergence", 1)),
                875, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 3, 1), "Hôpital Saint-Éloi",
                Optional.of(new BigDecimal("7.50")));
    }

    /** A random source that gives the same bytes for the same seed (SHA1PRNG seeded before first use). */
    public static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair keys(long seed) {
        return CertificateSigner.generateKeyPair(seeded(seed));
    }
}
