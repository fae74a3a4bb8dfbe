package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.certification.service.AssessmentService;
import org.ketaminetraining.certification.service.CertificateVerification;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.Verification;
import org.ketaminetraining.certification.signing.VerificationCode;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.study.fixtures.SampleAnswers;
import org.ketaminetraining.study.service.StudyService;

/**
 * {@code GET /api/v1/certificates/CODE} over real HTTP for a certificate earned through the real services, while it
 * is valid, expired and revoked, and for unknown and malformed codes. The test runs inside the server so that it
 * can make the certificate and move it in time; it asks the deployed app over HTTP like any client. (JUnit's
 * assertions: AssertJ is not deployed into the server.)
 */
@ExtendWith(ArquillianExtension.class)
class VerificationApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("verification-api-it.war", VerificationApiIT.class, DemoCertificates.class,
                CertificationQueries.class, SampleAnswers.class);
    }

    @Inject
    private AssessmentService assessments;
    @Inject
    private CertificateVerification verification;
    @Inject
    private ComplianceOversight oversight;
    @Inject
    private StudyService study;
    @Inject
    private AccountService accounts;
    @Inject
    private Callers callers;
    @Inject
    private CertificationQueries queries;
    @Inject
    private AppSettings settings;

    private final HttpClient http = HttpClient.newHttpClient();
    /**
     * The client this test poses as. The test server trusts its own loopback address as a proxy (pom.xml), so the
     * app counts this test's lookups under this address and other tests' budgets stay untouched.
     */
    private final String client = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);

    private HttpResponse<String> lookUp(String code) throws IOException, InterruptedException {
        URI uri = URI.create(settings.publicUrl() + "/api/v1/certificates/" + code);
        return http.send(HttpRequest.newBuilder(uri).header("X-Forwarded-For", client).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCertificatesAnswerFollowsItFromValidToExpiredToRevoked() throws Exception {
        DemoCertificates demo = new DemoCertificates(callers, accounts, study, assessments);
        String ward = demo.department();
        String code = demo.certify(demo.newTrainee(ward));
        String canonical = VerificationCode.parse(code).orElseThrow().canonical();
        Verification.Details facts = verification.verify(code).details().orElseThrow();

        HttpResponse<String> valid = lookUp(code);
        assertJson(valid, 200);
        assertEquals(json(facts, "valid"), valid.body());
        assertTrue(valid.body().contains("\"holderName\":\"Zoë Trainee "), valid.body());
        assertTrue(valid.body().contains("\"programme\":\"Ketamine essentials (demo)\""), valid.body());
        assertEquals(valid.body(), lookUp(canonical.toLowerCase()).body(), "codes are read as people type them");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        queries.moveCertificate(canonical, today.minusMonths(24), today);
        HttpResponse<String> expired = lookUp(code);
        assertJson(expired, 200);
        assertEquals(json(verification.verify(code).details().orElseThrow(), "expired"), expired.body());
        assertTrue(expired.body().contains("\"validThrough\":\"" + today.minusDays(1) + "\""), expired.body());

        queries.moveCertificate(canonical, facts.issuedOn(), facts.expiresOn());
        oversight.revoke(callers.newManager(ward), code, "Issued against the wrong account");
        HttpResponse<String> revoked = lookUp(code);
        assertJson(revoked, 200);
        assertEquals(json(facts, "revoked"), revoked.body());
        assertFalse(revoked.body().contains("wrong account"), "the reason is not public");
    }

    @Test
    void unknownAndMalformedCodesGetOnlyTheNeutralAnswer() throws Exception {
        for (String code : new String[]{"0000-0000-0000-0000-0000", "not%20a%20code", "%3Cscript%3E", "U"}) {
            HttpResponse<String> answer = lookUp(code);
            assertJson(answer, 200);
            assertEquals("{\"status\":\"unknown\"}", answer.body(), code);
        }
    }

    /** The answer the API gives for these facts, member by member in the published order. */
    private static String json(Verification.Details facts, String status) {
        return "{\"code\":\"" + facts.code() + "\",\"status\":\"" + status + "\",\"holderName\":\""
                + facts.holderName() + "\",\"programme\":\"" + facts.programmeTitle() + "\",\"issuedOn\":\""
                + facts.issuedOn() + "\",\"expiresOn\":\"" + facts.expiresOn() + "\",\"validThrough\":\""
                + facts.validThrough() + "\"}";
    }

    private static void assertJson(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("default-src 'none'; frame-ancestors 'none'",
                answer.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}
