package org.ketaminetraining.compliance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A certificate of one programme as the due-date rules see it: the days it counts for and whether it was revoked.
 * In force from {@code issuedOn} up to the day before {@code expiresOn}, as the certificate itself says; a revoked
 * certificate never counts toward an assignment, not even for the days before its revocation, because revocation
 * says it should not have been relied on.
 */
public record HeldCertificate(LocalDate issuedOn, LocalDate expiresOn, boolean revoked) {

    public HeldCertificate {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }

    /** Whether it counts on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !revoked && !day.isBefore(issuedOn) && day.isBefore(expiresOn);
    }

    /** Whether it counted on some day on or after {@code day} up to {@code asOf} (and existed by {@code asOf}). */
    boolean inForceOnOrAfter(LocalDate day, LocalDate asOf) {
        return !revoked && !issuedOn.isAfter(asOf) && expiresOn.isAfter(day);
    }
}
