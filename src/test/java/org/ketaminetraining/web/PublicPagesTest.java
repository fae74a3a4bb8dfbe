package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.web.app.HomePage;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.ContainerErrorPage;
import org.ketaminetraining.web.layout.InternalErrorPage;
import org.ketaminetraining.web.layout.PageExpiredPage;
import org.ketaminetraining.web.pub.LoginPage;
import org.ketaminetraining.web.pub.SetupPage;

class PublicPagesTest extends PageTestBase {

    @Test
    void loginPageHasLabelledFieldsAndTheSignInButton() {
        tester.startPage(LoginPage.class);
        tester.assertRenderedPage(LoginPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<label for=\"username\"", ">Username</label>", "<label for=\"password\"",
                ">Password</label>", ">Sign in</button>", "<title>Sign in · Ketamine Training</title>");
        assertThat(html).doesNotContain("<script>", "style=\"");
    }

    @Test
    void signingInLandsOnHomeWithANewSession() {
        tester.startPage(LoginPage.class);
        String before = tester.getSession().getId();
        FormTester form = form("form");
        form.setValue("username", "admin");
        form.setValue("password", "admin-password-1");
        form.submit();
        tester.assertRenderedPage(HomePage.class);
        assertThat(tester.getLastResponseAsString()).contains("Welcome, Name of admin", "Administrator");
        assertThat(AppSession.get().user()).isPresent();
        assertThat(tester.getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void aWrongPasswordGetsTheSameMessageAsAnUnknownUser() {
        String[][] attempts = {{"admin", "wrong-password"}, {"nobody", "admin-password-1"}};
        for (String[] attempt : attempts) {
            tester.startPage(LoginPage.class);
            FormTester form = form("form");
            form.setValue("username", attempt[0]);
            form.setValue("password", attempt[1]);
            form.submit();
            tester.assertRenderedPage(LoginPage.class);
            assertThat(tester.getLastResponseAsString()).contains("Error: Sign-in failed");
        }
        assertThat(AppSession.get().user()).isEmpty();
    }

    @Test
    void aThrottledAddressIsToldToWaitEvenWithTheRightPassword() {
        people.throttledFor = java.time.Duration.ofSeconds(150);
        tester.startPage(LoginPage.class);
        FormTester form = form("form");
        form.setValue("username", "admin");
        form.setValue("password", "admin-password-1");
        form.submit();
        tester.assertRenderedPage(LoginPage.class);
        assertThat(tester.getLastResponseAsString()).contains("Error: Sign-in failed",
                "Too many failed sign-ins from your network. Try again in 3 minutes.");
        assertThat(AppSession.get().user()).isEmpty();
        // The page names the connection's address, as the sign-in limits count it.
        assertThat(people.lastClientKey).isEqualTo("127.0.0.1");
    }

    @Test
    void aSignInTheServerWasTooBusyToCheckSaysSoAndBlamesNobody() {
        people.busy = true;
        tester.startPage(LoginPage.class);
        FormTester form = form("form");
        form.setValue("username", "admin");
        form.setValue("password", "admin-password-1");
        form.submit();
        tester.assertRenderedPage(LoginPage.class);
        assertThat(tester.getLastResponseAsString()).contains("Many people are signing in right now")
                .doesNotContain("Sign-in failed", "Too many failed sign-ins");
        assertThat(AppSession.get().user()).isEmpty();
    }

    @Test
    void anOrdinaryRefusalSaysNothingAboutTheNetwork() {
        tester.startPage(LoginPage.class);
        FormTester form = form("form");
        form.setValue("username", "admin");
        form.setValue("password", "wrong-password");
        form.submit();
        assertThat(tester.getLastResponseAsString()).contains("Error: Sign-in failed")
                .doesNotContain("Too many failed sign-ins");
    }

    @Test
    void anOverlongUsernameIsRefusedNextToTheField() {
        tester.startPage(LoginPage.class);
        FormTester form = form("form");
        form.setValue("username", "u".repeat(65));
        form.setValue("password", "whatever-password");
        form.submit();
        tester.assertRenderedPage(LoginPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("id=\"username-error\"", "Username can have at most 64 characters.",
                "aria-invalid=\"true\"");
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() {
        tester.startPage(HomePage.class);
        tester.assertRenderedPage(LoginPage.class);
    }

    @Test
    void setupPageCreatesTheFirstAdministratorWithTheToken() {
        people.accounts.remove(adminId);
        tester.startPage(SetupPage.class);
        tester.assertRenderedPage(SetupPage.class);
        FormTester wrong = form("form");
        fillSetup(wrong, "not-the-token");
        wrong.submit();
        assertThat(tester.getLastResponseAsString()).contains("The setup token is not right");

        FormTester form = form("form");
        fillSetup(form, InMemoryPeople.SETUP_TOKEN);
        form.submit();
        tester.assertRenderedPage(HomePage.class);
        assertThat(people.isSetupNeeded()).isFalse();
    }

    @Test
    void setupPageOnlySaysItIsDoneOnceAnAdministratorExists() {
        tester.startPage(SetupPage.class);
        tester.assertInvisible("form");
        assertThat(tester.getLastResponseAsString()).contains("Setup is done");
    }

    @Test
    void errorPagesSayWhatHappenedInPlainWords() {
        tester.startPage(AccessDeniedPage.class);
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(403);
        assertThat(tester.getLastResponseAsString()).contains("You are not allowed to open this page");
        tester.startPage(InternalErrorPage.class);
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(500);
        assertThat(tester.getLastResponseAsString()).contains("Something went wrong on our side");
        tester.startPage(PageExpiredPage.class);
        assertThat(tester.getLastResponseAsString()).contains("This page has expired",
                "<title>Page expired · Ketamine Training</title>");
    }

    @Test
    void theContainersErrorsGetTheAppsErrorPageWithTheStatusTheContainerChose() {
        assertContainerError(400, "This address cannot be read", "Bad request");
        assertContainerError(403, "This request is not allowed", "Not allowed");
        assertContainerError(404, "There is nothing here for you", "Not found");
        assertContainerError(405, "This address cannot be used that way", "Not possible here");
        assertContainerError(414, "The server cannot answer this request", "Request refused");
        assertContainerError(500, "Something went wrong on our side", "Something went wrong");
        assertContainerError(503, "Something went wrong on our side", "Something went wrong");
    }

    @Test
    void theContainersErrorPageOpenedDirectlySaysThereIsNothingHere() {
        tester.executeUrl("http-error");
        tester.assertRenderedPage(ContainerErrorPage.class);
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(404);
        assertThat(tester.getLastResponseAsString()).contains("There is nothing here for you");
    }

    /** As the container forwards an error: to web.xml's location, with the error's status as a request attribute. */
    private void assertContainerError(int status, String heading, String title) {
        tester.getRequest().setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        tester.getRequest().setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/some/where");
        tester.executeUrl("http-error");
        tester.assertRenderedPage(ContainerErrorPage.class);
        assertThat(tester.getLastResponse().getStatus()).as("status").isEqualTo(status);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<h1>" + heading + "</h1>", "<title>" + title + " · Ketamine Training</title>");
        assertThat(html).doesNotContain("Exception", "at org.");
        assertThat(tester.getLastResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    private static void fillSetup(FormTester form, String token) {
        form.setValue("token", token);
        form.setValue("username", "chief");
        form.setValue("displayName", "Chief Admin");
        form.setValue("email", "");
        form.setValue("password", "a long enough passphrase");
        form.setValue("confirm", "a long enough passphrase");
    }
}
