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

    /**
     * From the columns {@link StandingSnapshots#stillRight} reads: account, programme and evaluation time (not used
     * here), then status, learned percent, issued on, valid through, certificate code and status, the attempts'
     * verdict and the last activity.
     */
    static ReportedStanding of(Object[] row) {
        return new ReportedStanding(CompletionStatus.valueOf((String) row[3]), ((Number) row[4]).intValue(),
                Optional.ofNullable((LocalDate) row[5]), Optional.ofNullable((LocalDate) row[6]),
                Optional.ofNullable((String) row[7]),
                Optional.ofNullable((String) row[8]).map(CertificateStatus::valueOf),
                AttemptDecision.Verdict.valueOf((String) row[9]), Optional.ofNullable((Instant) row[10]));
    }

    StoredStanding toStored(long accountId, String programmeId, Instant evaluatedAt, Instant validUntil,
            long bankVersion) {
        return new StoredStanding(accountId, programmeId, status.name(), learnedPercent, issuedOn, validThrough,
                certificateCode, certificateStatus.map(Enum::name), attempts.name(), lastActivity, evaluatedAt,
                validUntil, bankVersion);
    }
}
