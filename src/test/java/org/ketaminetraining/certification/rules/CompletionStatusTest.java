package org.ketaminetraining.certification.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.model.Programme;
import org.ketaminetraining.certification.rules.CompletionStatus.Facts;
import org.ketaminetraining.scheduling.policy.DayBoundary;

class CompletionStatusTest {

    @Test
    void beforeCertificationTheStudyFactsDecide() {
        assertThat(CompletionStatus.of(Facts.uncertified(false, false, false))).isEqualTo(CompletionStatus.NOT_STARTED);
        assertThat(CompletionStatus.of(Facts.uncertified(true, false, false))).isEqualTo(CompletionStatus.STUDYING);
        assertThat(CompletionStatus.of(Facts.uncertified(true, true, false)))
                .isEqualTo(CompletionStatus.ASSESSMENT_AVAILABLE);
        assertThat(CompletionStatus.of(Facts.uncertified(true, true, true)))
                .isEqualTo(CompletionStatus.ASSESSMENT_FAILED);
    }

    @Test
    void aHolderIsJudgedByTheCertificateAndThenByKnowledgeCurrency() {
        assertThat(CompletionStatus.of(Facts.holder(CertificateStatus.VALID, false)))
                .isEqualTo(CompletionStatus.CERTIFIED);
        assertThat(CompletionStatus.of(Facts.holder(CertificateStatus.EXPIRING_SOON, false)))
                .isEqualTo(CompletionStatus.EXPIRING_SOON);
        assertThat(CompletionStatus.of(Facts.holder(CertificateStatus.VALID, true)))
                .isEqualTo(CompletionStatus.REFRESHER_DUE);
        assertThat(CompletionStatus.of(Facts.holder(CertificateStatus.EXPIRING_SOON, true)))
                .isEqualTo(CompletionStatus.REFRESHER_DUE);
        assertThat(CompletionStatus.of(Facts.holder(CertificateStatus.EXPIRED, true)))
                .isEqualTo(CompletionStatus.EXPIRED);
        assertThat(CompletionStatus.of(Facts.holder(CertificateStatus.REVOKED, true)))
                .isEqualTo(CompletionStatus.REVOKED);
    }

    @Test
    void aCertificateOutranksEarlierFailuresAndAnExpiredOneOutranksNewStudy() {
        assertThat(CompletionStatus.of(new Facts(true, true, true, Optional.of(CertificateStatus.VALID), false)))
                .isEqualTo(CompletionStatus.CERTIFIED);
        assertThat(CompletionStatus.of(new Facts(true, true, false, Optional.of(CertificateStatus.EXPIRED), false)))
                .isEqualTo(CompletionStatus.EXPIRED);
    }

    @Test
    void knowledgeCurrencyIsIgnoredWithoutACertificate() {
        assertThat(CompletionStatus.of(new Facts(true, false, false, Optional.empty(), true)))
                .isEqualTo(CompletionStatus.STUDYING);
    }

    @Test
    void theRulesTogetherGiveAHolderWhoseSafetyKnowledgeFadedRefresherDue() {
        Programme programme = Programmes.programme(List.of("safety"), 1);
        DayBoundary boundary = DayBoundary.of(ZoneId.of("Europe/London"));
        ProgrammeCompletion completion = ProgrammeCompletion.evaluate(programme, Map.of("safety", List.of("s1")),
                Map.of("s1", List.of(new TimedAnswer(Instant.parse("2025-01-06T10:00:00Z"), true),
                        new TimedAnswer(Instant.parse("2025-01-08T10:00:00Z"), true))),
                boundary);
        CertificateValidity validity = CertificateValidity.of(programme, LocalDate.of(2025, 1, 20));
        LocalDate today = LocalDate.of(2025, 11, 3);
        KnowledgeCurrency currency = KnowledgeCurrency.assess(Map.of("s1", 0.62),
                programme.refresherRecallThreshold());
        Facts facts = new Facts(completion.started(), completion.assessmentUnlocked(), false,
                Optional.of(validity.statusOn(today, false)), currency.refresherDue());
        assertThat(CompletionStatus.of(facts)).isEqualTo(CompletionStatus.REFRESHER_DUE);
        assertThat(currency.itemsBelowThreshold()).containsExactly("s1");
    }
}
