package org.ketaminetraining.certification.fake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.service.CertificateVerification;
import org.ketaminetraining.certification.service.ProgrammeStanding;
import org.ketaminetraining.certification.service.PublicKeyInfo;
import org.ketaminetraining.certification.service.Verification;

/**
 * Public verification in memory, for page tests: three known codes (valid, expired, revoked), any others unknown,
 * and a record of every code looked up.
 */
public class FakeVerification implements CertificateVerification {

    public static final String VALID = "K7Q2-9XMD-4HBT-0VWE-ZR3N";
    public static final String EXPIRED = "A1B2-C3D4-E5F6-G7H8-J9K0";
    public static final String REVOKED = "MMMM-NNNN-PPPP-QQQQ-RRRR";
    public static final String PEM =
            "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
                    + "-----END PUBLIC KEY-----\n";
    public static final String JWK = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"key-2026\","
            + "\"x\":\"Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE\"}";

    public final Map<String, Verification> verifications = new HashMap<>();
    public final List<String> verifyCalls = new ArrayList<>();

    public FakeVerification() {
        verifications.put(VALID, known(Verification.Outcome.VALID, VALID, "Jane Doe", LocalDate.of(2026, 3, 2)));
        verifications.put(EXPIRED, known(Verification.Outcome.EXPIRED, EXPIRED, "Sam Old",
                LocalDate.of(2023, 1, 10)));
        verifications.put(REVOKED, known(Verification.Outcome.REVOKED, REVOKED, "Rex Voked",
                LocalDate.of(2026, 1, 5)));
    }

    private static Verification known(Verification.Outcome outcome, String code, String holder, LocalDate issued) {
        LocalDate expires = issued.plusYears(2);
        return new Verification(outcome, Optional.of(new Verification.Details(code, holder,
                "Ketamine safety for ward nurses", issued, expires, expires.minusDays(1))));
    }

    @Override
    public Verification verify(String code) {
        verifyCalls.add(code);
        return verifications.getOrDefault(code, Verification.unknown());
    }

    @Override
    public PublicKeyInfo publicKey() {
        return new PublicKeyInfo("key-2026", PEM, JWK);
    }
}
