package org.ketaminetraining.certification.rules;

/**
 * What a certificate says on a given day, from its dates and whether it was revoked. Knowledge currency ("refresher
 * due") is deliberately not here: it depends on the holder's memory, not on the certificate, and is combined with
 * this status in {@link CompletionStatus}.
 */
public enum CertificateStatus {
    /** In force, more than {@link CertificateValidity#EXPIRING_SOON_DAYS} days from expiry. */
    VALID,
    /** In force, expiring within {@link CertificateValidity#EXPIRING_SOON_DAYS} days. */
    EXPIRING_SOON,
    /** No longer in force: the expiry date has been reached. */
    EXPIRED,
    /** Withdrawn by the organisation, whatever its dates. */
    REVOKED;

    /** Whether the holder may rely on the certificate on that day. */
    public boolean inForce() {
        return this == VALID || this == EXPIRING_SOON;
    }
}
