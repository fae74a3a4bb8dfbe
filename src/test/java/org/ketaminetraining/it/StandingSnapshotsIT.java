package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.service.AssessmentService;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.service.StandingSnapshots;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.service.StudyService;
import org.ketaminetraining.study.fixtures.SampleAnswers;

/**
 * The completion report reads stored copies of standings ({@link StandingSnapshots}) only while they are certainly
 * right: a copy is used (a copy changed behind the services' backs shows in the report, which proves it is read),
 * and a copy older than the person's last change, made with another bank, or past its validity is not. Runs inside
 * the server on the demo programme; JUnit's assertions, as AssertJ is not deployed.
 */
@ExtendWith(ArquillianExtension.class)
class StandingSnapshotsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("standing-snapshots-it.war", StandingSnapshotsIT.class, CertificationQueries.class,
                SampleAnswers.class, DemoCertificates.class, WebSession.class);
    }

    @Inject
    private StandingSnapshots snapshots;
    @Inject
    private ComplianceOversight oversight;
    @Inject
    private AssessmentService assessments;
    @Inject
    private StudyService study;
    @Inject
    private AccountService accounts;
    @Inject
    private CertificationQueries queries;
    @Inject
    private Callers callers;

    private DemoCertificates demo() {
        return new DemoCertificates(callers, accounts, study, assessments);
    }

    /**
     * Stores the trainee's copies now. The server's own sweep may be storing the same person's at the same moment
     * (it refreshes every minute, and a new trainee is stale); then one of the two transactions collides on the key
     * and rolls back, as {@link StandingSnapshots#refresh} documents, and trying again finds the copy stored.
     */
    private void refresh(long trainee) {
        for (int attempt = 1;; attempt++) {
            try {
                snapshots.refresh(List.of(trainee));
                return;
            } catch (jakarta.transaction.TransactionalException collided) {
                if (attempt == 3) {
                    throw collided;
                }
            }
        }
    }

    private static CompletionReport.Row demoRow(ComplianceOversight oversight, SignedInUser manager, String ward,
            long trainee) {
        return oversight.completionReport(manager, new CompletionQuery(Optional.of(ward), Optional.empty(),
                CompletionQuery.Sort.NAME, true, 0, 0)).rows().stream()
                .filter(row -> row.accountId() == trainee
                        && row.programmeId().equals(DemoCertificates.DEMO_PROGRAMME))
                .findFirst().orElseThrow();
    }

    @Test
    void aCopyIsReadUntilThePersonChangesSomething() {
        String ward = demo().department();
        long trainee = demo().newTrainee(ward);
        SignedInUser manager = callers.newManager(ward);
        refresh(trainee);
        assertTrue(queries.storedStandings(trainee) > 0, "the refresh stores a copy per programme");
        assertFalse(snapshots.staleTrainees().contains(trainee), "a fresh copy is not stale");
        assertEquals(CompletionStatus.NOT_STARTED, demoRow(oversight, manager, ward, trainee).status());

        queries.changeStoredStanding(trainee, "status = 'ASSESSMENT_AVAILABLE'");
        assertEquals(CompletionStatus.ASSESSMENT_AVAILABLE, demoRow(oversight, manager, ward, trainee).status(),
                "the report reads the stored copy");

        demo().studyEverythingCorrectly(trainee);
        CompletionReport.Row afterStudy = demoRow(oversight, manager, ward, trainee);
        assertEquals(CompletionStatus.ASSESSMENT_AVAILABLE, afterStudy.status());
        assertEquals(100, afterStudy.learnedPercent(), "answers after the copy make the report evaluate afresh");
        assertTrue(afterStudy.lastActivity().isPresent());
        assertTrue(snapshots.staleTrainees().contains(trainee), "the copy is stale once the person answered");
    }

    @Test
    void copiesOfAnotherBankOrPastTheirValidityAreNotRead() {
        String ward = demo().department();
        long trainee = demo().newTrainee(ward);
        SignedInUser manager = callers.newManager(ward);
        refresh(trainee);
        queries.changeStoredStanding(trainee, "status = 'CERTIFIED', bank_version = bank_version - 1");
        assertEquals(CompletionStatus.NOT_STARTED, demoRow(oversight, manager, ward, trainee).status(),
                "a copy made with another bank is not read");

        refresh(trainee);
        queries.changeStoredStanding(trainee, "status = 'CERTIFIED', valid_until = evaluated_at");
        assertEquals(CompletionStatus.NOT_STARTED, demoRow(oversight, manager, ward, trainee).status(),
                "a copy past its validity is not read");
    }

    @Test
    void aCertificateAndItsRevocationShowAtOnceWhateverTheCopies() {
        String ward = demo().department();
        long trainee = demo().newTrainee(ward);
        SignedInUser manager = callers.newManager(ward);
        refresh(trainee);
        String code = demo().certify(trainee);
        assertEquals(CompletionStatus.CERTIFIED, demoRow(oversight, manager, ward, trainee).status());

        refresh(trainee);
        CompletionReport.Row stored = demoRow(oversight, manager, ward, trainee);
        assertEquals(CompletionStatus.CERTIFIED, stored.status());
        assertEquals(code, stored.certificateCode().orElseThrow(), "the copy keeps what a fresh evaluation shows");

        oversight.revoke(callers.admin(), code, "Revoked to test the stored standings");
        assertEquals(CompletionStatus.REVOKED, demoRow(oversight, manager, ward, trainee).status(),
                "a revocation after the copy shows at once");
    }
}
