package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.service.CertificateFiles;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.web.app.HomePage;
import org.ketaminetraining.certification.fake.CertificationFakes;
import org.ketaminetraining.certification.fake.FakeCertificateRegistry;
import org.ketaminetraining.certification.fake.FakeVerification;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.learner.MyCertificatesPage;
import org.ketaminetraining.web.pub.LoginPage;

/** A trainee's certificates page and the downloads behind its links. */
class MyCertificatesPagesTest extends PageTestBase {

    private static final String CODE = FakeVerification.VALID;
    private static final String CANONICAL = "K7Q29XMD4HBT0VWEZR3N";

    private CertificationFakes certification;

    @BeforeEach
    void registerCertification() {
        certification = new CertificationFakes();
        certification.register();
    }

    @Test
    void aTraineeSeesEachCertificateWithStatusDatesCodeAndDownloads() {
        certification.registry.issue(traineeId, CODE, CertificateStatus.VALID);
        signInAs(traineeId);
        tester.executeUrl("certificates");
        tester.assertRenderedPage(MyCertificatesPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<h1>My certificates</h1>",
                "<article class=\"certificate-card\" aria-labelledby=\"certificate-0\">",
                "<h2 class=\"h4\" id=\"certificate-0\">Ketamine safety for ward nurses</h2>",
                "Status: <span class=\"certificate-status\">Valid</span>",
                "<time datetime=\"2026-03-02\">2 March 2026</time>",
                "<time datetime=\"2028-03-01\">1 March 2028</time>",
                "href=\"./verify/" + CODE + "\"", "certificates/download/" + CODE + "/pdf\"",
                "certificates/download/" + CODE + "/json\"", "certificates/download/" + CODE + "/badge\"",
                ">Certificate (PDF)</a>", ">Signed file (JSON)</a>", ">Open Badge (JWT)</a>",
                ">My certificates</span>");
        assertThat(html).doesNotContain("Refresher due", "Renewal is open", "Reason:", "You have no certificates");
        assertThat(html).doesNotContain("style=\"");
    }

    @Test
    void refresherRenewalAndRevocationEachGetTheirOwnWords() {
        certification.registry.certificates.put(traineeId, List.of(
                FakeCertificateRegistry.summary(CODE, CertificateStatus.EXPIRING_SOON, true, true, Optional.empty()),
                FakeCertificateRegistry.summary(FakeVerification.REVOKED, CertificateStatus.REVOKED, false, false,
                        Optional.of("Issued to the wrong person.")),
                FakeCertificateRegistry.summary(FakeVerification.EXPIRED, CertificateStatus.EXPIRED, false, false,
                        Optional.empty())));
        signInAs(traineeId);
        tester.startPage(MyCertificatesPage.class);
        String html = tester.getLastResponseAsString();
        String expiring = between(html, "id=\"certificate-0\"", "</article>");
        assertThat(expiring).contains(">Expiring soon</span>", "<strong>Refresher due:</strong>",
                "<strong>Renewal is open:</strong>", "you can take the renewal assessment now.",
                "Go to the assessment</a>");
        assertThat(expiring).containsPattern("<a href=\"[./]*assessment\">Go to the assessment</a>");
        String revoked = between(html, "id=\"certificate-1\"", "</article>");
        assertThat(revoked).contains(">Revoked</span>", "Reason: Issued to the wrong person.");
        assertThat(expiring).contains("download/");
        assertThat(revoked).doesNotContain("Refresher due", "Renewal is open", "download/");
        assertThat(between(html, "id=\"certificate-2\"", "</article>")).contains(">Expired</span>")
                .doesNotContain("Reason:");
    }

    @Test
    void withoutCertificatesThePageSaysHowToEarnOne() {
        signInAs(traineeId);
        tester.startPage(MyCertificatesPage.class);
        assertThat(tester.getLastResponseAsString()).contains("You have no certificates yet.",
                "Go to your dashboard").doesNotContain("<article");
    }

    @Test
    void onlyTraineesOpenThePageAndAnonymousVisitorsAreSentToSignIn() {
        tester.startPage(MyCertificatesPage.class);
        tester.assertRenderedPage(LoginPage.class);
        signInAs(adminId);
        assertThatThrownBy(() -> tester.startPage(MyCertificatesPage.class))
                .isInstanceOf(UnauthorizedInstantiationException.class);
        tester.startPage(HomePage.class);
        assertThat(tester.getLastResponseAsString()).doesNotContain(">My certificates</span>");
    }

    // ---------------------------------------------------------------- downloads

    @Test
    void theHolderDownloadsEachFormAsAnAttachmentWithItsType() {
        certification.registry.issue(traineeId, CODE, CertificateStatus.VALID);
        signInAs(traineeId);

        tester.executeUrl("certificates/download/" + CODE + "/pdf");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
        assertThat(tester.getLastResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(tester.getLastResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"certificate-" + CANONICAL + ".pdf\"");
        assertThat(tester.getLastResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(tester.getLastResponse().getBinaryContent())
                .isEqualTo("%PDF-1.7 fake".getBytes(StandardCharsets.US_ASCII));

        tester.executeUrl("certificates/download/" + CODE + "/json");
        assertThat(tester.getLastResponse().getContentType()).isEqualTo("application/json");
        assertThat(tester.getLastResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"certificate-" + CANONICAL + ".json\"");
        assertThat(tester.getLastResponseAsString()).isEqualTo("{\"certificate\":\"" + CANONICAL + "\"}");

        tester.executeUrl("certificates/download/" + CODE + "/badge");
        assertThat(tester.getLastResponse().getContentType()).isEqualTo("application/vc+jwt");
        assertThat(tester.getLastResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"certificate-" + CANONICAL + "-badge.jwt\"");
        assertThat(tester.getLastResponseAsString()).isEqualTo("eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2ln");
    }

    @Test
    void aPdfThatCannotBeMadeLeavesTheSignedFileAndTheBadgeDownloadable() {
        certification.registry.issue(traineeId, CODE, CertificateStatus.VALID);
        CertificateFiles working = certification.registry.files.get(CODE);
        certification.registry.files.put(CODE, new CertificateFiles(working.code(), () -> {
            throw new IllegalStateException("the PDF cannot be rendered");
        }, working::signedJson, working::badgeJwt));
        signInAs(traineeId);
        tester.setExposeExceptions(false);

        tester.executeUrl("certificates/download/" + CODE + "/json");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
        assertThat(tester.getLastResponseAsString()).isEqualTo("{\"certificate\":\"" + CANONICAL + "\"}");
        tester.executeUrl("certificates/download/" + CODE + "/badge");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
        assertThat(tester.getLastResponse().getContentType()).isEqualTo("application/vc+jwt");
        tester.executeUrl("certificates/download/" + CODE + "/pdf");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(500);
    }

    @Test
    void someoneElsesCertificateIsRefusedWith403AndUnknownOnesAre404() {
        long other = people.add("other", "other-password-1", Set.of(Role.TRAINEE));
        certification.registry.issue(other, CODE, CertificateStatus.VALID);
        signInAs(traineeId);
        tester.setExposeExceptions(false);

        tester.executeUrl("certificates/download/" + CODE + "/pdf");
        tester.assertRenderedPage(AccessDeniedPage.class);
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(403);

        tester.executeUrl("certificates/download/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ/pdf");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(404);
        tester.executeUrl("certificates/download/" + CODE + "/docx");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anAnonymousDownloadIsSentToSignInWithoutTheFile() {
        certification.registry.issue(traineeId, CODE, CertificateStatus.VALID);
        tester.executeUrl("certificates/download/" + CODE + "/pdf");
        tester.assertRenderedPage(LoginPage.class);
        assertThat(tester.getLastResponse().getContentType()).startsWith("text/html");
        assertThat(tester.getLastResponseAsString()).doesNotContain("%PDF");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }
}
