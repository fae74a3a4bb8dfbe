package org.ketaminetraining.certification.service;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The public answer about a verification code: the status and, for a known certificate, the holder's name, the
 * programme and the dates, and nothing else (no score, no department, no reason for a revocation).
 */
public record Verification(Outcome outcome, Optional<Details> details) {

    /** What the public learns about a code. */
    public enum Outcome {
        VALID, EXPIRED, REVOKED, UNKNOWN
    }

    /** The facts shown for a known code. */
    public record Details(String code, String holderName, String programmeTitle, LocalDate issuedOn,
            LocalDate expiresOn, LocalDate validThrough) {
    }

    public static Verification unknown() {
        return new Verification(Outcome.UNKNOWN, Optional.empty());
    }
}
