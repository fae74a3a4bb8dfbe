package org.ketaminetraining.certification.service;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CertificateValidity;
import org.ketaminetraining.certification.signing.VerificationCode;
import org.ketaminetraining.certification.store.IssuedCertificate;

/** Finding an issued certificate by the code a person typed, and what the public learns about it. */
final class IssuedCertificates {

    private IssuedCertificates() {
    }

    /** The certificate with this code, read leniently (case, spaces, dashes); empty for unknown or malformed. */
    static Optional<IssuedCertificate> byCode(EntityManager em, String code) {
        return VerificationCode.parse(code == null ? "" : code).flatMap(parsed -> em.createQuery(
                "SELECT c FROM IssuedCertificate c WHERE c.code = :code", IssuedCertificate.class)
                .setParameter("code", parsed.canonical()).getResultList().stream().findFirst());
    }

    /** The public answer about a known certificate on the organisation's {@code today}. */
    static Verification verification(IssuedCertificate certificate, LocalDate today) {
        CertificateStatus status = CertificateValidity.statusOn(certificate.getExpiresOn(), today,
                certificate.isRevoked());
        Verification.Outcome outcome = switch (status) {
            case REVOKED -> Verification.Outcome.REVOKED;
            case EXPIRED -> Verification.Outcome.EXPIRED;
            default -> Verification.Outcome.VALID;
        };
        return new Verification(outcome, Optional.of(new Verification.Details(
                StandingEvaluator.displayCode(certificate.getCode()), certificate.getHolderName(),
                certificate.getProgrammeTitle(), certificate.getIssuedOn(), certificate.getExpiresOn(),
                CertificateDates.validThrough(certificate.getExpiresOn()))));
    }
}
