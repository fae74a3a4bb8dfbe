package org.ketaminetraining.certification.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.store.StoredStanding;

/**
 * What the completion report needs of one person's standing in one programme: the part of an evaluation that does
 * not depend on who asks. Made from a fresh evaluation or from the stored copy of one ({@link StandingSnapshots}),
 * so both give the same row.
 */
record ReportedStanding(CompletionStatus status, int learnedPercent, Optional<LocalDate> issuedOn,
        Optional<LocalDate> validThrough, Optional<String> certificateCode,
        Optional<CertificateStatus> certificateStatus, AttemptDecision.Verdict attempts,
        Optional<Instant> lastActivity) {

    static ReportedStanding of(ProgrammeStanding standing, Optional<Instant> lastActivity) {
        int percent = standing.totalItems() == 0 ? 0 : standing.learnedItems() * 100 / standing.totalItems();
        return new ReportedStanding(standing.status(), percent,
                standing.certificate().map(CertificateSummary::issuedOn),
                standing.certificate().map(CertificateSummary::validThrough),
                standing.certificate().map(CertificateSummary::code),
                standing.certificate().map(CertificateSummary::status), standing.decision().verdict(), lastActivity);
    }

    static ReportedStanding of(StoredStanding stored) {
        return new ReportedStanding(CompletionStatus.valueOf(stored.getStatus()), stored.getLearnedPercent(),
                stored.getIssuedOn(), stored.getValidThrough(), stored.getCertificateCode(),
                stored.getCertificateStatus().map(CertificateStatus::valueOf),
                AttemptDecision.Verdict.valueOf(stored.getAttemptsVerdict()), stored.getLastActivity());
    }

    StoredStanding toStored(long accountId, String programmeId, Instant evaluatedAt, Instant validUntil,
            long bankVersion) {
        return new StoredStanding(accountId, programmeId, status.name(), learnedPercent, issuedOn, validThrough,
                certificateCode, certificateStatus.map(Enum::name), attempts.name(), lastActivity, evaluatedAt,
                validUntil, bankVersion);
    }
}
