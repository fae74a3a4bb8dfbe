package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.ratelimit.VerificationBudget;
import org.ketaminetraining.certification.fake.CertificationFakes;
import org.ketaminetraining.certification.fake.FakeVerification;
import org.ketaminetraining.web.pub.TooManyRequestsPage;
import org.ketaminetraining.web.pub.VerifyPage;

/**
 * The public verification page, the published key and the lookup budget, all while signed out. The JSON API is not
 * Wicket's; {@code VerificationApiIT} and {@code PublicApiIT} test it on the real server.
 */
class VerificationPagesTest extends PageTestBase {

    /** The address WicketTester's requests come from. */
    private static final String CLIENT = "127.0.0.1";

    private CertificationFakes certification;
    private VerificationBudget budget;

    @BeforeEach
    void registerCertification() {
        certification = new CertificationFakes();
        certification.register();
        budget = VerificationBudget.perClientAddress(application().clock);
        TestServices.register(VerificationBudget.class, budget);
    }

    // ---------------------------------------------------------------- the page

    @Test
    void theVerifyPageOpensSignedOutWithALabelledCodeFieldAndNoAnswerYet() {
        tester.executeUrl("verify");
        tester.assertRenderedPage(VerifyPage.class);
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<meta name=\"robots\" content=\"noindex\">",
                "<label for=\"verification-code\" class=\"form-label\">Verification code</label>",
                "id=\"verification-code\"", "aria-describedby=\"code-error verification-code-hint\"",
                "<button type=\"submit\" id=\"verify-button\" class=\"btn btn-primary\">Verify</button>",
                "<title>Verify a certificate · Ketamine Training</title>");
        assertThat(html).doesNotContain("id=\"verification-verdict\"", "style=\"", "Signed in as");
        assertThat(certification.verification.verifyCalls).isEmpty();
    }

    @Test
    void submittingACodeAsTypedGoesToItsBookmarkableAnswer() {
        tester.executeUrl("verify");
        FormTester form = form("form");
        form.setValue("code", "  k7q2 9xmd-4hbt 0vwe zr3n ");
        form.submit();
        tester.assertRenderedPage(VerifyPage.class);
        assertThat(tester.getLastRenderedPage().getPageParameters().get("code").toString())
                .isEqualTo(FakeVerification.VALID);
        assertThat(tester.getLastRequest().getRequestURI()).endsWith("/verify/" + FakeVerification.VALID);
        assertThat(tester.getLastResponseAsString()).contains(">Valid</span>", "Jane Doe");
        assertThat(certification.verification.verifyCalls).containsExactly(FakeVerification.VALID);
    }

    @Test
    void anEmptyCodeIsRefusedNextToTheField() {
        tester.executeUrl("verify");
        FormTester form = form("form");
        form.setValue("code", "");
        form.submit();
        tester.assertRenderedPage(VerifyPage.class);
        assertThat(tester.getLastResponseAsString()).contains("id=\"code-error\"", "Enter Verification code.",
                "aria-invalid=\"true\"");
        assertThat(certification.verification.verifyCalls).isEmpty();
    }

    @Test
    void aValidCodeShowsTheVerdictInWordsWithHolderProgrammeAndDatesOnly() {
        tester.executeUrl("verify/" + FakeVerification.VALID);
        tester.assertRenderedPage(VerifyPage.class);
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
        String html = tester.getLastResponseAsString();
        assertThat(verdict(html)).contains("<span id=\"verification-outcome\">Valid</span>",
                "This certificate is genuine and in force.");
        assertThat(html).contains("class=\"verdict verdict-valid\"",
                "<dd id=\"verified-holder\">Jane Doe</dd>",
                "<dd id=\"verified-programme\">Ketamine safety for ward nurses</dd>",
                "<time id=\"verified-issued\" datetime=\"2026-03-02\">2 March 2026</time>",
                "<time id=\"verified-valid-through\" datetime=\"2028-03-01\">1 March 2028</time>",
                ">" + FakeVerification.VALID + "</span>");
        assertThat(html).doesNotContain("Reason", "score", "Score", "department");
        // Stateless: a public lookup binds no session on the server.
        assertThat(tester.getLastRenderedPage().isPageStateless()).isTrue();
        assertThat(tester.getSession().isTemporary()).isTrue();
    }

    @Test
    void expiredAndRevokedCodesSaySoInWordsWithoutAReason() {
        tester.executeUrl("verify/" + FakeVerification.EXPIRED);
        String expired = tester.getLastResponseAsString();
        assertThat(verdict(expired)).contains(">Expired</span>", "genuine but has expired");
        assertThat(expired).contains("Sam Old", "class=\"verdict verdict-expired\"");

        tester.executeUrl("verify/" + FakeVerification.REVOKED);
        String revoked = tester.getLastResponseAsString();
        assertThat(verdict(revoked)).contains(">Revoked</span>", "has been revoked by the issuing organisation");
        assertThat(revoked).contains("Rex Voked", "class=\"verdict verdict-revoked\"");
        assertThat(revoked).doesNotContain("Reason");
    }

    @Test
    void unknownAndMalformedCodesGetTheSameNeutralAnswerAndStatus200() {
        tester.executeUrl("verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
        String unknown = tester.getLastResponseAsString();
        tester.executeUrl("verify/not%20a%20code%21");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
        String malformed = tester.getLastResponseAsString();

        for (String html : new String[]{unknown, malformed}) {
            assertThat(verdict(html)).contains(">Not found</span>",
                    "We could not find a certificate with this code. Check the code and try again.");
            assertThat(html).doesNotContain("id=\"verification-details\"", "Holder", "Valid through");
        }
        assertThat(verdict(unknown)).isEqualTo(verdict(malformed));
        assertThat(certification.verification.verifyCalls).containsExactly("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "not a code!");
    }

    // ---------------------------------------------------------------- the published key

    @Test
    void thePublicKeyIsADownloadablePemAndAJwksForAnyone() {
        tester.executeUrl("certificates/public-key.pem");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
        assertThat(tester.getLastResponse().getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(tester.getLastResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"public-key.pem\"");
        assertThat(tester.getLastResponseAsString()).isEqualTo(FakeVerification.PEM);

        tester.executeUrl(".well-known/jwks.json");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
        assertThat(tester.getLastResponse().getContentType()).isEqualTo("application/json; charset=UTF-8");
        assertThat(tester.getLastResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(tester.getLastResponseAsString()).isEqualTo("{\"keys\":[" + FakeVerification.JWK + "]}");

        tester.executeUrl("certificates/keys/key-2026");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
        assertThat(tester.getLastResponseAsString()).isEqualTo(FakeVerification.JWK);
        tester.executeUrl("certificates/keys/another-key");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- the lookup budget

    @Test
    void theWaitIsInWordsForOneSecondAsForMore() {
        tester.startPage(new TooManyRequestsPage(1));
        assertThat(tester.getLastResponseAsString()).contains(
                "<p id=\"retry-after-text\">Please wait 1 second, then try again.</p>");
        tester.startPage(new TooManyRequestsPage(30));
        assertThat(tester.getLastResponseAsString()).contains(
                "<p id=\"retry-after-text\">Please wait 30 seconds, then try again.</p>");
    }

    @Test
    void afterTheBurstThePageAnswers429WithRetryAfterUntilATokenComesBack() {
        for (int i = 0; i < 10; i++) {
            tester.executeUrl("verify/" + FakeVerification.VALID);
            tester.assertRenderedPage(VerifyPage.class);
        }
        tester.executeUrl("verify/" + FakeVerification.VALID);
        tester.assertRenderedPage(TooManyRequestsPage.class);
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(429);
        assertThat(tester.getLastResponse().getHeader("Retry-After")).isEqualTo("2");
        assertThat(tester.getLastResponseAsString()).contains("Too many checks",
                "<p id=\"retry-after-text\">Please wait 2 seconds, then try again.</p>");
        assertThat(tester.getLastResponseAsString()).doesNotContain("Jane Doe");
        assertThat(certification.verification.verifyCalls).hasSize(10);

        // The form alone is not a lookup.
        tester.executeUrl("verify");
        tester.assertRenderedPage(VerifyPage.class);

        application().clock.advance(Duration.ofSeconds(2));
        tester.executeUrl("verify/" + FakeVerification.VALID);
        tester.assertRenderedPage(VerifyPage.class);
        assertThat(certification.verification.verifyCalls).hasSize(11);
    }

    @Test
    void thePageSpendsTheBudgetItSharesWithTheApi() {
        for (int i = 0; i < 5; i++) {
            assertThat(budget.spend(CLIENT).allowed()).as("a lookup through the API").isTrue();
        }
        for (int i = 0; i < 5; i++) {
            tester.executeUrl("verify/" + FakeVerification.VALID);
            tester.assertRenderedPage(VerifyPage.class);
        }
        tester.executeUrl("verify/" + FakeVerification.VALID);
        tester.assertRenderedPage(TooManyRequestsPage.class);
        assertThat(budget.spend(CLIENT).allowed()).as("and the API is refused too").isFalse();
        assertThat(certification.verification.verifyCalls).hasSize(5);
    }

    @Test
    void eachClientAddressHasItsOwnBudgetAndForwardedForHeadersAreIgnored() {
        for (int i = 0; i < 10; i++) {
            tester.executeUrl("verify/" + FakeVerification.VALID);
        }
        tester.addRequestHeader("X-Forwarded-For", "198.51.100.9");
        tester.executeUrl("verify/" + FakeVerification.VALID);
        assertThat(tester.getLastResponse().getStatus()).as("a header does not buy a new budget").isEqualTo(429);

        tester.getRequest().setRemoteAddr("198.51.100.9");
        tester.executeUrl("verify/" + FakeVerification.VALID);
        assertThat(tester.getLastResponse().getStatus()).as("another address").isEqualTo(200);
    }

    private TestApplication application() {
        return (TestApplication) tester.getApplication();
    }

    /** The verdict section of a verification page. */
    private static String verdict(String html) {
        int start = html.indexOf("<section");
        int end = html.indexOf("</section>", start);
        assertThat(start).as("a verdict section").isNotNegative();
        return html.substring(start, end);
    }
}
