package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.certification.badge.BadgeVerifier;
import org.ketaminetraining.certification.badge.PublicJwk;
import org.ketaminetraining.certification.document.CertificatePdf;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.service.AttemptResult;
import org.ketaminetraining.certification.service.AttemptView;
import org.ketaminetraining.certification.service.CertificateFiles;
import org.ketaminetraining.certification.service.CertificateSummary;
import org.ketaminetraining.certification.service.AssessmentService;
import org.ketaminetraining.certification.service.CertificateRegistry;
import org.ketaminetraining.certification.service.CertificateVerification;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.service.KnowledgeRefreshers;
import org.ketaminetraining.certification.service.ProgrammeStanding;
import org.ketaminetraining.certification.service.PublicKeyInfo;
import org.ketaminetraining.certification.service.Verification;
import org.ketaminetraining.certification.signing.CertificateSigner;
import org.ketaminetraining.certification.signing.SignedCertificate;
import org.ketaminetraining.certification.signing.VerificationCode;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AccountView;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.scheduling.queue.QueueEntry;
import org.ketaminetraining.startup.DemoSeeder;
import org.ketaminetraining.study.fixtures.SampleAnswers;
import org.ketaminetraining.study.service.PresentedQuestion;
import org.ketaminetraining.study.service.StudyService;

/**
 * Certification on the real server and database, through the demo programme (minimum spacing 0, five items), which
 * the integration server loads because it runs in demo mode: study to unlock, a failed attempt whose misses come
 * back in study, a pass that issues a signed certificate, public verification, revocation with its audit entry,
 * expiry, the time limit, and the completion report's department scoping. (JUnit's assertions: the test runs
 * inside the server, where AssertJ is not deployed.)
 */
@ExtendWith(ArquillianExtension.class)
class CertificationServiceIT {

    static final String DEMO_PROGRAMME = DemoCertificates.DEMO_PROGRAMME;

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("certification-it.war", CertificationServiceIT.class, CertificationQueries.class,
                SampleAnswers.class, DemoCertificates.class, WebSession.class);
    }

    @Inject
    private AssessmentService assessments;
    @Inject
    private CertificateRegistry registry;
    @Inject
    private CertificateVerification verification;
    @Inject
    private ComplianceOversight oversight;
    @Inject
    private KnowledgeRefreshers knowledge;
    @Inject
    private StudyService study;
    @Inject
    private AccountService accounts;
    @Inject
    private CertificationQueries queries;
    @Inject
    private Callers callers;
    @Inject
    private AppSettings settings;

    private DemoCertificates demo() {
        return new DemoCertificates(callers, accounts, study, assessments);
    }

    private String department() {
        return demo().department();
    }

    private long newTrainee(String department) {
        return demo().newTrainee(department, null);
    }

    /** A trainee of the department, named {@code displayName} (or "Zoë Trainee" and letters unique to the run). */
    private long newTrainee(String department, String displayName) {
        return demo().newTrainee(department, displayName);
    }

    /** A real manager account for the departments: services check the caller as stored. */
    private SignedInUser manager(String... departments) {
        return callers.newManager(departments);
    }

    /** A manager of a department that has nobody of the test's. */
    private SignedInUser managerElsewhere() {
        return manager(department());
    }

    /** The trainee's own account, made a manager of their own ward too. */
    private SignedInUser selfManaging(long trainee, String ward) {
        SignedInUser admin = callers.admin();
        AccountView view = accounts.find(admin, trainee).orElseThrow();
        accounts.update(admin, trainee, new AccountDetails(view.username(), view.displayName(), view.email(),
                Set.of(Role.MANAGER, Role.TRAINEE), Set.of(ward), Set.of(ward)));
        return callers.byId(trainee);
    }

    private void studyEverythingCorrectly(long trainee) {
        demo().studyEverythingCorrectly(trainee);
    }

    private ProgrammeStanding demoStanding(long trainee) {
        return assessments.standings(trainee).stream().filter(s -> s.programmeId().equals(DEMO_PROGRAMME))
                .findFirst().orElseThrow();
    }

    private void answerAll(long trainee, String token, boolean correctly) {
        demo().answerAll(trainee, token, correctly);
    }

    /** A trainee who studied the demo programme and passed its assessment, with the certificate's code. */
    private String certify(long trainee) {
        return demo().certify(trainee);
    }

    @Test
    void theAssessmentUnlocksOnlyWhenEveryItemIsLearned() {
        long trainee = newTrainee(department());
        ProgrammeStanding before = demoStanding(trainee);
        assertFalse(before.assessmentUnlocked());
        assertEquals(CompletionStatus.NOT_STARTED, before.status());
        IllegalArgumentException locked = assertThrows(IllegalArgumentException.class,
                () -> assessments.startAssessment(trainee, DEMO_PROGRAMME));
        assertTrue(locked.getMessage().contains("0 of " + before.totalItems()), locked.getMessage());
        studyEverythingCorrectly(trainee);
        ProgrammeStanding after = demoStanding(trainee);
        assertEquals(after.totalItems(), after.learnedItems());
        assertTrue(after.assessmentUnlocked());
        assertEquals(CompletionStatus.ASSESSMENT_AVAILABLE, after.status());
    }

    @Test
    void aFailedAttemptSendsItsMissesBackToStudyAndAPassIssuesASignedCertificate() {
        long trainee = newTrainee(department());
        studyEverythingCorrectly(trainee);
        String first = assessments.startAssessment(trainee, DEMO_PROGRAMME);
        assertEquals(first, assessments.startAssessment(trainee, DEMO_PROGRAMME), "an open attempt resumes");
        assertTrue(study.paused(trainee), "study would give the answers away during the attempt");
        assertTrue(study.currentQuestion(trainee).isEmpty());
        AttemptView attempt = assessments.attempt(trainee, first).orElseThrow();
        assertEquals(5, attempt.items().size(), "the demo blueprint draws five items");
        answerAll(trainee, first, false);
        assessments.flag(trainee, first, 2, true);
        AttemptView saved = assessments.attempt(trainee, first).orElseThrow();
        assertEquals(5, saved.answeredCount(), "every answer was saved as given");
        assertTrue(saved.item(2).flagged());
        assertTrue(assessments.result(trainee, first).isEmpty(), "no result before submission");

        AttemptResult failed = assessments.submit(trainee, first);
        assertFalse(failed.passed());
        assertEquals(0, failed.correct());
        assertTrue(failed.certificateCode().isEmpty());
        assertEquals(failed.correct(), assessments.submit(trainee, first).correct(), "submitting again changes "
                + "nothing");
        assertThrows(IllegalArgumentException.class, () -> assessments.saveAnswer(trainee, first, 1,
                Optional.empty()), "a submitted attempt cannot change");
        assertEquals(5, queries.refresherRows(trainee), "every miss is brought forward");
        PresentedQuestion next = study.currentQuestion(trainee).orElseThrow();
        assertEquals(QueueEntry.Reason.BROUGHT_FORWARD, next.reason(), "misses come back before anything else");
        assertEquals(CompletionStatus.ASSESSMENT_FAILED, demoStanding(trainee).status());

        String second = assessments.startAssessment(trainee, DEMO_PROGRAMME);
        answerAll(trainee, second, true);
        AttemptResult passed = assessments.submit(trainee, second);
        assertTrue(passed.passed());
        assertEquals(5, passed.correct());
        String code = passed.certificateCode().orElseThrow();
        assertTrue(VerificationCode.parse(code).isPresent(), code);

        Verification verified = verification.verify(code);
        assertEquals(Verification.Outcome.VALID, verified.outcome());
        Verification.Details details = verified.details().orElseThrow();
        assertTrue(details.holderName().startsWith("Zoë Trainee "), details.holderName());
        assertEquals(details.issuedOn().plusMonths(24), details.expiresOn());
        assertEquals(Verification.Outcome.VALID, verification.verify(code.toLowerCase().replace("-", " "))
                .outcome(), "codes are read leniently");

        ProgrammeStanding standing = demoStanding(trainee);
        assertEquals(CompletionStatus.CERTIFIED, standing.status());
        CertificateSummary mine = registry.certificates(trainee).get(0);
        assertEquals(code, mine.code());
        assertEquals(CertificateStatus.VALID, mine.status());
        assertThrows(IllegalArgumentException.class, () -> assessments.startAssessment(trainee, DEMO_PROGRAMME),
                "a holder outside the renewal window has nothing to take");
    }

    @Test
    void afterTheLastFailedAttemptOnlyAManagersResetAllowsNewAttempts() {
        String ward = department();
        long trainee = newTrainee(ward);
        studyEverythingCorrectly(trainee);
        for (int attempt = 0; attempt < 3; attempt++) {
            String token = assessments.startAssessment(trainee, DEMO_PROGRAMME);
            answerAll(trainee, token, false);
            assertFalse(assessments.submit(trainee, token).passed());
        }
        assertEquals(AttemptDecision.Verdict.NO_ATTEMPTS_LEFT, demoStanding(trainee).decision().verdict());
        assertThrows(IllegalArgumentException.class, () -> assessments.startAssessment(trainee, DEMO_PROGRAMME));
        SignedInUser self = selfManaging(trainee, ward);
        assertThrows(SecurityException.class, () -> oversight.allowNewAttempts(self, trainee, DEMO_PROGRAMME,
                "My own"));
        assertThrows(SecurityException.class, () -> oversight.allowNewAttempts(managerElsewhere(), trainee,
                DEMO_PROGRAMME, "Not theirs"));
        assertThrows(ValidationException.class, () -> oversight.allowNewAttempts(manager(ward), trainee,
                DEMO_PROGRAMME, " "));

        oversight.allowNewAttempts(manager(ward), trainee, DEMO_PROGRAMME, "Studied the misses with an educator");
        ProgrammeStanding fresh = demoStanding(trainee);
        assertEquals(AttemptDecision.Verdict.MAY_START, fresh.decision().verdict());
        assertEquals(3, fresh.decision().attemptsLeft());
        assertEquals(1,
                queries.auditRows("assessment.attempts-reset", accounts.find(callers.admin(), trainee).orElseThrow()
                        .username()));
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> oversight.allowNewAttempts(manager(ward), trainee, DEMO_PROGRAMME, "Once more"),
                "someone who may start an attempt has none to reset");
        assertEquals(Oversight.Refusal.ATTEMPTS_AVAILABLE.message(), again.getMessage());
        assertEquals(1, queries.auditRows("assessment.attempts-reset", accounts.find(callers.admin(), trainee)
                .orElseThrow().username()));
        String token = assessments.startAssessment(trainee, DEMO_PROGRAMME);
        answerAll(trainee, token, true);
        assertTrue(assessments.submit(trainee, token).passed());
    }

    @Test
    void theServiceCarriesOutAnActionOnlyWhereTheReportOffersIt() {
        String ward = department();
        long trainee = newTrainee(ward);
        String username = accounts.find(callers.admin(), trainee).orElseThrow().username();
        SignedInUser manager = manager(ward);
        Oversight studying = oversight.completionRow(manager, trainee, DEMO_PROGRAMME).orElseThrow().oversight();
        assertTrue(studying.offers(Oversight.Action.TIME_EXTENSION), "the demo assessment has a time limit");
        assertFalse(studying.offers(Oversight.Action.NEW_ATTEMPTS));
        assertFalse(studying.offers(Oversight.Action.REVOKE));
        IllegalArgumentException nothingToReset = assertThrows(IllegalArgumentException.class,
                () -> oversight.allowNewAttempts(manager, trainee, DEMO_PROGRAMME, "Just in case"));
        assertEquals(Oversight.Refusal.ATTEMPTS_AVAILABLE.message(), nothingToReset.getMessage());
        assertEquals(0, queries.auditRows("assessment.attempts-reset", username));

        String code = certify(trainee);
        assertTrue(oversight.completionRow(manager, trainee, DEMO_PROGRAMME).orElseThrow().oversight()
                .offers(Oversight.Action.REVOKE));
        oversight.revoke(manager, code, "Issued in error");
        Oversight revoked = oversight.completionRow(manager, trainee, DEMO_PROGRAMME).orElseThrow().oversight();
        assertFalse(revoked.offers(Oversight.Action.TIME_EXTENSION));
        assertFalse(revoked.offers(Oversight.Action.REVOKE));
        IllegalArgumentException noTime = assertThrows(IllegalArgumentException.class,
                () -> oversight.extendTimeLimit(manager, trainee, DEMO_PROGRAMME, 15));
        assertEquals(Oversight.Refusal.CERTIFICATE_REVOKED.message(), noTime.getMessage());
        assertEquals(0, queries.auditRows("assessment.time-extension", username), "nothing was granted");

        long other = newTrainee(ward);
        String expiredCode = certify(other);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC); // the organisation's zone (KT_TIME_ZONE)
        queries.moveCertificate(VerificationCode.parse(expiredCode).orElseThrow().canonical(), today.minusMonths(24),
                today);
        assertFalse(oversight.completionRow(manager, other, DEMO_PROGRAMME).orElseThrow().oversight()
                .offers(Oversight.Action.REVOKE));
        IllegalArgumentException expired = assertThrows(IllegalArgumentException.class,
                () -> oversight.revoke(manager, expiredCode, "Too late"));
        assertEquals(Oversight.Refusal.EXPIRED.message(), expired.getMessage());
        assertEquals(Verification.Outcome.EXPIRED, verification.verify(expiredCode).outcome());
        assertEquals(0, queries.auditRows("certificate.revoke", VerificationCode.parse(expiredCode).orElseThrow()
                .canonical()));

        SignedInUser self = selfManaging(other, ward);
        Oversight own = oversight.completionRow(self, other, DEMO_PROGRAMME).orElseThrow().oversight();
        assertTrue(own.ownRecord());
        assertFalse(own.offers(Oversight.Action.TIME_EXTENSION));
        assertFalse(own.offers(Oversight.Action.NEW_ATTEMPTS));
    }

    @Test
    void oneCertificateSaysValidThroughTheSameDayOnEverySurface() throws Exception {
        String ward = department();
        long trainee = newTrainee(ward);
        String code = certify(trainee);
        CertificateSummary summary = registry.certificates(trainee).get(0);
        LocalDate through = summary.validThrough();
        assertEquals(summary.expiresOn().minusDays(1), through);
        String words = CertificateDates.inWords(through);
        String notThis = CertificateDates.inWords(summary.expiresOn());
        String time = "datetime=\"" + through + "\">" + words + "</time>";

        byte[] pdf = registry.files(callers.byId(trainee), code).orElseThrow().pdf();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Valid through " + words), text);
            assertFalse(text.contains(notThis), text);
        }
        assertEquals(through, verification.verify(code).details().orElseThrow().validThrough());
        assertEquals(through, demoStanding(trainee).certificate().orElseThrow().validThrough());

        WebSession admin = WebSession.signIn(settings.publicUrl(), "admin", settings.demoPassword());
        String report = new String(admin.get("/reports/completion?dept=" + ward).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(report.contains(">Valid through</span>") && report.contains(time), report);
        assertFalse(report.contains(notThis) || report.contains(">Expires<"), report);
        String csv = new String(admin.get("/reports/completion.csv?dept=" + ward).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains(",valid_through,") && csv.contains("," + words + "," + code), csv);
        assertFalse(csv.contains(notThis), csv);

        // Public lookups count against the client's budget: this test poses as its own client.
        String client = "198.51.100." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(settings.publicUrl()
                + "/verify/" + code)).header("X-Forwarded-For", client).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("Valid through") && page.contains(time), page);
        assertFalse(page.contains(notThis), page);
        String json = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(settings.publicUrl()
                + "/api/v1/certificates/" + code)).header("X-Forwarded-For", client).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(json.contains("\"expiresOn\":\"" + summary.expiresOn() + "\",\"validThrough\":\"" + through + "\""),
                json);
    }

    @Test
    void unknownAndMalformedCodesGetTheSameNeutralAnswer() {
        assertEquals(Verification.unknown(), verification.verify("0000-0000-0000-0000-0000"));
        assertEquals(Verification.unknown(), verification.verify("not a code"));
        assertEquals(Verification.unknown(), verification.verify(""));
        assertEquals(Verification.unknown(), verification.verify(null));
    }

    @Test
    void revocationNeedsAnOverseerAndAReasonAndIsAudited() {
        String ward = department();
        long trainee = newTrainee(ward);
        String code = certify(trainee);
        String canonical = VerificationCode.parse(code).orElseThrow().canonical();
        assertThrows(SecurityException.class, () -> oversight.revoke(managerElsewhere(), code,
                "Not theirs"));
        ValidationException blank = assertThrows(ValidationException.class,
                () -> oversight.revoke(manager(ward), code, "  "));
        assertTrue(blank.messagesByField().containsKey("reason"));
        assertEquals(Verification.Outcome.VALID, verification.verify(code).outcome());

        oversight.revoke(manager(ward), code, "Issued against the wrong account");
        assertEquals(Verification.Outcome.REVOKED, verification.verify(code).outcome());
        assertEquals(1, queries.auditRows("certificate.revoke", canonical));
        CertificateSummary summary = registry.certificates(trainee).get(0);
        assertEquals(CertificateStatus.REVOKED, summary.status());
        assertEquals(Optional.of("Issued against the wrong account"), summary.revocationReason());
        assertEquals(CompletionStatus.REVOKED, demoStanding(trainee).status());
        assertThrows(ValidationException.class, () -> oversight.revoke(callers.admin(), code, "Twice"));
        SignedInUser holder = callers.byId(trainee);
        assertTrue(registry.files(holder, code).isEmpty(), "a revoked certificate is not handed out again");
    }

    @Test
    void aCertificateExpiresOnItsExpiryDateAndItsRenewalWindowOpensBefore() {
        long trainee = newTrainee(department());
        String code = certify(trainee);
        String canonical = VerificationCode.parse(code).orElseThrow().canonical();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC); // the organisation's zone (KT_TIME_ZONE)

        queries.moveCertificate(canonical, today.minusMonths(23), today.plusDays(30));
        ProgrammeStanding expiring = demoStanding(trainee);
        assertEquals(CompletionStatus.EXPIRING_SOON, expiring.status());
        assertTrue(expiring.renewalDue(), "30 days before expiry is inside the 60-day renewal window");
        assertEquals(Verification.Outcome.VALID, verification.verify(code).outcome());
        String renewal = assessments.startAssessment(trainee, DEMO_PROGRAMME);
        assertTrue(assessments.attempt(trainee, renewal).orElseThrow().renewal());
        assertTrue(assessments.attempt(trainee, renewal).orElseThrow().items().size() >= 2,
                "the renewal blueprint draws from every module");

        queries.moveCertificate(canonical, today.minusMonths(24), today);
        assertEquals(Verification.Outcome.EXPIRED, verification.verify(code).outcome(), "expired on the day");
        assertEquals(today.minusDays(1), verification.verify(code).details().orElseThrow().validThrough());
        assertEquals(CompletionStatus.EXPIRED, demoStanding(trainee).status());
    }

    @Test
    void passingTheRenewalAssessmentIssuesANewCertificate() {
        long trainee = newTrainee(department());
        String first = certify(trainee);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC); // the organisation's zone (KT_TIME_ZONE)
        queries.moveCertificate(VerificationCode.parse(first).orElseThrow().canonical(), today.minusMonths(23),
                today.plusDays(10));
        String renewal = assessments.startAssessment(trainee, DEMO_PROGRAMME);
        answerAll(trainee, renewal, true);
        AttemptResult renewed = assessments.submit(trainee, renewal);
        assertTrue(renewed.passed() && renewed.renewal());
        String second = renewed.certificateCode().orElseThrow();
        assertFalse(second.equals(first));
        CertificateSummary current = demoStanding(trainee).certificate().orElseThrow();
        assertEquals(second, current.code());
        assertEquals(today.plusMonths(24), current.expiresOn());
        assertEquals(CompletionStatus.CERTIFIED, demoStanding(trainee).status());
        assertEquals(2, registry.certificates(trainee).size());
    }

    @Test
    void aHolderWhoseSafetyCriticalRecallFadedGetsRefreshersAndTheCertificateSaysSo() {
        long trainee = newTrainee(department());
        certify(trainee);
        assertFalse(demoStanding(trainee).certificate().orElseThrow().refresherDue());
        queries.ageMemories(trainee, 400);
        ProgrammeStanding faded = demoStanding(trainee);
        assertTrue(faded.certificate().orElseThrow().refresherDue());
        assertEquals(CompletionStatus.REFRESHER_DUE, faded.status());
        assertEquals(0, queries.refresherRows(trainee, "KNOWLEDGE_REFRESHER"), "a read never writes: the standing "
                + "only says the refresher is due");
        knowledge.bringForwardFadedItems(trainee); // the sweep's step for this holder
        long refreshers = queries.refresherRows(trainee, "KNOWLEDGE_REFRESHER");
        assertTrue(refreshers >= 1, "the faded safety-critical items are brought forward");
        demoStanding(trainee);
        knowledge.bringForwardFadedItems(trainee);
        assertEquals(refreshers, queries.refresherRows(trainee, "KNOWLEDGE_REFRESHER"), "once per fade");
        assertEquals(Verification.Outcome.VALID, verification.verify(demoStanding(trainee).certificate()
                .orElseThrow().code()).outcome(), "fading knowledge does not invalidate the certificate");
    }

    @Test
    void theDemoTraineeStudiesTheDemoProgramme() {
        long demoTrainee =
                accounts.list(callers.admin(), "trainee").stream().filter(a -> a.username().equals("trainee"))
                        .findFirst().orElseThrow().id();
        assertEquals(DEMO_PROGRAMME, study.settings(demoTrainee).programmeId());
    }

    @Test
    void aManagersExtensionGivesAnOpenTimedAttemptMoreTime() {
        String ward = department();
        long trainee = newTrainee(ward);
        studyEverythingCorrectly(trainee);
        String token = assessments.startAssessment(trainee, DEMO_PROGRAMME);
        queries.expireAttempt(token, 10, Instant.now().minus(9, ChronoUnit.MINUTES));
        assertThrows(SecurityException.class, () -> oversight.extendTimeLimit(managerElsewhere(), trainee,
                DEMO_PROGRAMME, 15));
        assertThrows(ValidationException.class, () -> oversight.extendTimeLimit(manager(ward), trainee,
                DEMO_PROGRAMME, 601));
        SignedInUser selfManaging = selfManaging(trainee, ward);
        assertThrows(SecurityException.class, () -> oversight.extendTimeLimit(selfManaging, trainee,
                DEMO_PROGRAMME, 15), "nobody extends their own time");
        oversight.extendTimeLimit(manager(ward), trainee, DEMO_PROGRAMME, 15);
        Instant deadline = assessments.attempt(trainee, token).orElseThrow().deadline().orElseThrow();
        assertTrue(deadline.isAfter(Instant.now().plus(15, ChronoUnit.MINUTES)), "10 + 15 minutes from 9 ago");
        assessments.saveAnswer(trainee, token, 1, Optional.empty());
        assertEquals(1, queries.auditRows("assessment.time-extension",
                accounts.find(callers.admin(), trainee).orElseThrow().username()));
    }

    @Test
    void anAttemptPastItsTimeLimitIsSubmittedWithTheAnswersSavedInTime() {
        long trainee = newTrainee(department());
        studyEverythingCorrectly(trainee);
        String token = assessments.startAssessment(trainee, DEMO_PROGRAMME);
        answerAll(trainee, token, true);
        queries.expireAttempt(token, 10, Instant.now().minus(11, ChronoUnit.MINUTES));
        assertFalse(study.paused(trainee), "an attempt whose time ran out pauses nothing");
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> assessments.saveAnswer(trainee, token, 1, Optional.empty()));
        assertTrue(late.getMessage().startsWith("Time is up"), late.getMessage());
        AttemptResult result = assessments.result(trainee, token).orElseThrow();
        assertTrue(result.passed(), "the answers saved in time count");
        assertEquals(5, result.correct());
    }

    @Test
    void resumingAnAttemptWhoseTimeRanOutShowsItsResultAndSpendsNoNewAttempt() {
        long trainee = newTrainee(department());
        studyEverythingCorrectly(trainee);
        String token = assessments.startAssessment(trainee, DEMO_PROGRAMME);
        answerAll(trainee, token, true);
        queries.expireAttempt(token, 10, Instant.now().minus(11, ChronoUnit.MINUTES));
        // Reads write nothing, so the standing still shows the attempt as the open one (its "Resume" button).
        assertEquals(Optional.of(token), demoStanding(trainee).openAttemptToken());
        assertTrue(demoStanding(trainee).openAttemptTimedOut(), "offered as a result to see, not to resume");

        assertEquals(token, assessments.startAssessment(trainee, DEMO_PROGRAMME),
                "the timed-out attempt is finished and shown, not replaced by a new one");
        assertTrue(assessments.result(trainee, token).orElseThrow().passed(), "graded with the answers saved in time");
        assertEquals(Optional.empty(), demoStanding(trainee).openAttemptToken(), "no new attempt was started");
    }

    @Test
    void theCompletionReportShowsManagersOnlyTheirDepartments() {
        String ward = department();
        String otherWard = department();
        long mine = newTrainee(ward);
        long theirs = newTrainee(otherWard);
        certify(mine);
        CompletionReport report = oversight.completionReport(manager(ward),
                new CompletionQuery(Optional.empty(), Optional.empty(), CompletionQuery.Sort.NAME, true, 0, 0));
        assertTrue(report.rows().stream().allMatch(r -> r.accountId() == mine), "only the manager's department");
        assertTrue(report.rows().stream().anyMatch(r -> r.programmeId().equals(DEMO_PROGRAMME)
                && r.status() == CompletionStatus.CERTIFIED && r.learnedPercent() == 100));
        assertEquals(java.util.List.of(ward), report.departments().stream().map(CompletionReport.Department::code)
                .toList());
        assertThrows(SecurityException.class, () -> oversight.completionReport(manager(ward),
                new CompletionQuery(Optional.of(otherWard), Optional.empty(), CompletionQuery.Sort.NAME, true, 0, 0)));
        CompletionReport all = oversight.completionReport(callers.admin(), new CompletionQuery(Optional.of(otherWard),
                Optional.of(CompletionStatus.NOT_STARTED), CompletionQuery.Sort.NAME, true, 0, 10));
        assertTrue(all.rows().stream().anyMatch(r -> r.accountId() == theirs));
        assertTrue(all.rows().stream().allMatch(r -> r.status() == CompletionStatus.NOT_STARTED));
        SignedInUser trainee = callers.byId(mine);
        assertThrows(SecurityException.class, () -> oversight.completionReport(trainee, CompletionQuery.all()));
    }

    @Test
    void theFilesVerifyWithThePublishedKeyAndOnlyTheHolderAndAdministratorsGetThem() throws Exception {
        String ward = department();
        long trainee = newTrainee(ward);
        String code = certify(trainee);
        SignedInUser holder = callers.byId(trainee);
        CertificateFiles files = registry.files(holder, code).orElseThrow();
        PublicKeyInfo key = verification.publicKey();
        java.security.PublicKey publicKey = CertificateSigner.publicKeyFromPem(key.publicPem());

        SignedCertificate signed = SignedCertificate.parse(files.signedJson());
        assertTrue(signed.verifiesWith(publicKey), "the signed file verifies with the published key");
        assertEquals(key.keyId(), signed.keyId());
        SignedCertificate embedded = CertificatePdf.embeddedCertificate(files.pdf()).orElseThrow();
        assertEquals(signed, embedded, "the PDF carries the same signed file");
        assertTrue(files.pdf().length > 1000);
        assertTrue(BadgeVerifier.verify(files.badgeJwt(), PublicJwk.parse(key.jwkJson()).toPublicKey()),
                "the badge verifies with the published JWK");

        // Every file carries the score, and managers never see scores: not even the holder's own manager.
        assertThrows(SecurityException.class, () -> registry.files(manager(ward), code));
        assertTrue(registry.files(callers.admin(), code).isPresent());
        assertThrows(SecurityException.class, () -> registry.files(managerElsewhere(), code));
        SignedInUser stranger = new SignedInUser(trainee + 100_000, "x", "x", Set.of(Role.TRAINEE), Set.of(ward),
                Set.of(), false);
        assertThrows(SecurityException.class, () -> registry.files(stranger, code));
        assertTrue(registry.files(holder, "0000-0000-0000-0000-0000").isEmpty());
    }

    @Test
    void traineesNamedInChineseOrArabicGetAllThreeFilesWhichAdministratorsDownloadOverHttpAndManagersDoNot()
            throws Exception {
        java.security.PublicKey publicKey = CertificateSigner.publicKeyFromPem(verification.publicKey().publicPem());
        WebSession admin = WebSession.signIn(settings.publicUrl(), "admin", settings.demoPassword());
        WebSession manager = WebSession.signIn(settings.publicUrl(), "manager", settings.demoPassword());
        for (String name : java.util.List.of("李雷", "محمد عبد الله")) {
            long trainee = newTrainee(DemoSeeder.DEMO_DEPARTMENT, name);
            String code = certify(trainee);
            SignedInUser holder = callers.byId(trainee);
            CertificateFiles files = registry.files(holder, code).orElseThrow();

            byte[] pdf = files.pdf();
            SignedCertificate embedded = CertificatePdf.embeddedCertificate(pdf).orElseThrow();
            assertTrue(embedded.verifiesWith(publicKey), name + ": the PDF's embedded file verifies");
            assertEquals(name, embedded.payload().holderName());
            assertTrue(actualTexts(pdf).contains(name), name + ": the name drawn carries its text");
            assertTrue(SignedCertificate.parse(files.signedJson()).verifiesWith(publicKey), name + ": signed file");
            assertTrue(BadgeVerifier.verify(files.badgeJwt(), PublicJwk.parse(verification.publicKey().jwkJson())
                    .toPublicKey()), name + ": badge");

            String download = "/certificates/download/" + code + "/";
            java.net.http.HttpResponse<byte[]> pdfResponse = admin.get(download + "pdf");
            assertEquals(200, pdfResponse.statusCode(), name + ": PDF over HTTP");
            assertEquals("application/pdf", contentType(pdfResponse));
            assertTrue(CertificatePdf.embeddedCertificate(pdfResponse.body()).orElseThrow().verifiesWith(publicKey));
            java.net.http.HttpResponse<byte[]> json = admin.get(download + "json");
            assertEquals(200, json.statusCode(), name + ": signed file over HTTP");
            assertEquals("application/json", contentType(json));
            assertTrue(SignedCertificate.parse(json.body()).verifiesWith(publicKey));
            java.net.http.HttpResponse<byte[]> badge = admin.get(download + "badge");
            assertEquals(200, badge.statusCode(), name + ": badge over HTTP");
            assertEquals("application/vc+jwt", contentType(badge));

            for (String format : java.util.List.of("pdf", "json", "badge")) {
                assertEquals(403, manager.get(download + format).statusCode(),
                        "the holder's manager is refused the " + format);
            }
        }
    }

    private static String contentType(java.net.http.HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").strip();
    }

    /** The actual texts of the PDF's marked content: the text behind names drawn as outlines. */
    private static java.util.List<String> actualTexts(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFMarkedContentExtractor extractor =
                    new org.apache.pdfbox.text.PDFMarkedContentExtractor();
            extractor.processPage(document.getPage(0));
            return extractor.getMarkedContents().stream().map(m -> m.getActualText())
                    .filter(java.util.Objects::nonNull).toList();
        }
    }
}
