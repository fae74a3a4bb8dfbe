package org.ketaminetraining.certification.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.ketaminetraining.bank.model.Programme;

/**
 * A certificate's life in dates: when it expires, when its renewal window opens, and its status on a given day.
 *
 * <p>Dates, not instants: a certificate is issued and expires on calendar days of the organisation, and the caller
 * turns "now" into {@code today} in the organisation's zone. Definitions, chosen so that nobody holds a certificate
 * longer than its validity:
 * <ul>
 *   <li>{@link #expiresOn()} is {@code issuedOn + validityMonths} by {@link LocalDate#plusMonths}, which clamps to
 *       the end of a shorter month (issued 31 August + 6 months expires 28 or 29 February; issued 29 February 2024
 *       + 12 months expires 28 February 2025).</li>
 *   <li>The certificate is in force from {@code issuedOn} up to and including {@link #validThrough()}, the day
 *       before {@code expiresOn}; on {@code expiresOn} itself it is expired.</li>
 *   <li>It is {@link CertificateStatus#EXPIRING_SOON} when expiry is 1 to {@value #EXPIRING_SOON_DAYS} days away
 *       (60 days before {@code expiresOn} is the first such day).</li>
 *   <li>The renewal window runs from {@code expiresOn - renewalWindowDays} up to {@code validThrough()}. After
 *       expiry there is nothing left to renew: the holder certifies again through the full assessment.</li>
 * </ul>
 * A day before {@code issuedOn} (a service in a zone behind the issuer's) counts as valid rather than failing.
 */
public record CertificateValidity(LocalDate issuedOn, int validityMonths, int renewalWindowDays) {

    /** Reports flag a certificate this many days or fewer before it expires. */
    public static final int EXPIRING_SOON_DAYS = 60;

    public CertificateValidity {
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (validityMonths < 1) {
            throw new IllegalArgumentException("validity must be at least 1 month, was " + validityMonths);
        }
        if (renewalWindowDays < 0) {
            throw new IllegalArgumentException("renewal window must be 0 or more days, was " + renewalWindowDays);
        }
    }

    /** The validity of a certificate issued on {@code issuedOn} for {@code programme}. */
    public static CertificateValidity of(Programme programme, LocalDate issuedOn) {
        return new CertificateValidity(issuedOn, programme.validityMonths(), programme.renewalWindowDays());
    }

    /** The first day on which the certificate is no longer in force. */
    public LocalDate expiresOn() {
        return issuedOn.plusMonths(validityMonths);
    }

    /** The last day on which the certificate is in force: what "valid until" on the certificate prints. */
    public LocalDate validThrough() {
        return CertificateDates.validThrough(expiresOn());
    }

    /** The first day of the renewal window. */
    public LocalDate renewalWindowOpensOn() {
        return expiresOn().minusDays(renewalWindowDays);
    }

    /** Whether a renewal assessment may be taken on {@code today}. */
    public boolean inRenewalWindow(LocalDate today) {
        return !today.isBefore(renewalWindowOpensOn()) && today.isBefore(expiresOn());
    }

    /** Days from {@code today} to {@link #expiresOn()}: 0 on the expiry day, negative after it. */
    public long daysUntilExpiry(LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn());
    }

    /** The certificate's status on {@code today}; revocation wins over every date. */
    public CertificateStatus statusOn(LocalDate today, boolean revoked) {
        return statusOn(expiresOn(), today, revoked);
    }

    /**
     * The status of an issued certificate from the expiry date it was issued with: a programme whose validity
     * changed later does not change certificates already issued.
     */
    public static CertificateStatus statusOn(LocalDate expiresOn, LocalDate today, boolean revoked) {
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(today, "today");
        if (revoked) {
            return CertificateStatus.REVOKED;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
        if (daysLeft <= 0) {
            return CertificateStatus.EXPIRED;
        }
        return daysLeft <= EXPIRING_SOON_DAYS ? CertificateStatus.EXPIRING_SOON : CertificateStatus.VALID;
    }
}
