package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.ketaminetraining.compliance.Due;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CertificateValidity;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.service.CertificateSummary;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.service.Verification;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.ratelimit.VerificationBudget;
import org.ketaminetraining.certification.fake.CertificationFakes;
import org.ketaminetraining.certification.fake.FakeAssessments;
import org.ketaminetraining.certification.fake.FakeVerification;

/**
 * One certificate, issued 2 December 2026 for 24 months: it expires on 2 December 2028, so it counts through
 * 1 December 2028, and every page a person reads says exactly that, in the certificate's words. (The PDF, the
 * badge and the JSON are checked against the same rule in their own tests; the real service in
 * {@code CertificationServiceIT}.)
 */
class ValidThroughPagesTest extends PageTestBase {

    private static final CertificateValidity VALIDITY = new CertificateValidity(LocalDate.of(2026, 12, 2), 24, 60);
    private static final String CODE = FakeVerification.VALID;
    private static final String TIME = "<time datetime=\"2028-12-01\">1 December 2028</time>";

    private CertificationFakes certification;
    private long managerId;

    @BeforeEach
    void oneCertificate() {
        assertThat(VALIDITY.expiresOn()).isEqualTo(LocalDate.of(2028, 12, 2));
        certification = new CertificationFakes();
        certification.register();
        TestServices.register(VerificationBudget.class,
                VerificationBudget.perClientAddress(((TestApplication) tester.getApplication()).clock));
        managerId = people.add("manager", "manager-password-1", Set.of(Role.MANAGER));

        LocalDate issued = VALIDITY.issuedOn();
        LocalDate expires = VALIDITY.expiresOn();
        LocalDate through = VALIDITY.validThrough();
        certification.verification.verifications.put(CODE, new Verification(Verification.Outcome.VALID, Optional.of(
                new Verification.Details(CODE, "Jane Doe", FakeAssessments.TITLE, issued, expires, through))));
        CertificateSummary summary = new CertificateSummary(CODE, FakeAssessments.PROGRAMME,
                FakeAssessments.TITLE, issued, expires, through, CertificateStatus.VALID, false, false,
                Optional.empty());
        certification.registry.certificates.put(traineeId, List.of(summary));
        certification.assessments.standings = List.of(FakeAssessments.standing().certificate(summary).build());
        certification.oversight.rows.add(new CompletionReport.Row(traineeId, "Jane Doe", "trainee", List.of("ed"),
                FakeAssessments.PROGRAMME, FakeAssessments.TITLE, CompletionStatus.CERTIFIED, 100,
                Optional.of(issued), Optional.of(through), Optional.of(CODE),
                new Oversight(false, true, Optional.of(CertificateStatus.VALID),
                        AttemptDecision.Verdict.ALREADY_PASSED),
                Due.notAssigned(issued), Optional.empty()));
    }

    @Test
    void theReportAndItsCsvSayValidThroughTheLastDay() {
        signInAs(managerId);
        tester.executeUrl("reports/completion");
        String report = tester.getLastResponseAsString();
        assertThat(report).contains("<span>Valid through</span>", TIME);
        assertThat(report).doesNotContain("2 December 2028", "2028-12-02", "Expires");

        tester.executeUrl("reports/completion.csv");
        String csv = new String(tester.getLastResponse().getBinaryContent(), StandardCharsets.UTF_8);
        assertThat(csv).contains("issued_on,valid_through,", ",2 December 2026,1 December 2028," + CODE);
        assertThat(csv).doesNotContain("2 December 2028", "2028-12-02", "expires");
    }

    @Test
    void thePublicVerificationAndTheRevokePageSayTheSame() {
        tester.executeUrl("verify/" + CODE);
        assertThat(tester.getLastResponseAsString()).contains("Valid through")
                .containsPattern("<time [^>]*datetime=\"2028-12-01\">1 December 2028</time>")
                .doesNotContain("2 December 2028", "2028-12-02");

        signInAs(managerId);
        tester.executeUrl("reports/certificates/" + CODE + "/revoke");
        assertThat(tester.getLastResponseAsString()).contains("Valid through", TIME)
                .doesNotContain("2 December 2028", "2028-12-02");
    }

    @Test
    void theHoldersOwnPagesSayTheSame() {
        signInAs(traineeId);
        tester.executeUrl("certificates");
        assertThat(tester.getLastResponseAsString()).contains("Valid through", TIME)
                .doesNotContain("2 December 2028", "2028-12-02");
        tester.executeUrl("assessment");
        assertThat(tester.getLastResponseAsString()).contains("Valid through 1 December 2028.")
                .doesNotContain("2 December 2028", "2028-12-02");
    }
}
