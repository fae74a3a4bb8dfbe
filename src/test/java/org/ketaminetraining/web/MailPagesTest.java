package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.web.admin.OutboxPage;
import org.ketaminetraining.web.pub.UnsubscribePage;

/** The administrators' mail outbox (without SMTP: demo mode's case) and the public unsubscribe page. */
class MailPagesTest extends PageTestBase {

    @Test
    void theOutboxListsMailsNewestFirstAsEscapedText() {
        mail.add("old@hospital.test", "Older", "first");
        mail.add("bea@hospital.test", "Due in 14 days: <b>Ketamine</b>", "Hello <script>alert(1)</script>");
        signInAs(adminId);
        tester.startPage(OutboxPage.class);
        tester.assertRenderedPage(OutboxPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("No SMTP server is configured").contains("bea@hospital.test")
                .contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("Due in 14 days: &lt;b&gt;Ketamine&lt;/b&gt;");
        assertThat(html.indexOf("bea@hospital.test")).isLessThan(html.indexOf("old@hospital.test"));
    }

    @Test
    void anAdministratorRunsTheRemindersNowAndSeesWhatCameOfIt() {
        signInAs(adminId);
        tester.startPage(OutboxPage.class);
        form("run").submit("remind");
        assertThat(mail.runs).isEqualTo(1);
        assertThat(tester.getLastResponseAsString()).contains("Reminders run: 1 mails decided, 0 sent, 0 failed, 2 "
                + "people without a mail address, 0 errors.").contains("ada@hospital.test");
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() {
        long manager = people.add("manager", "manager-password-1", Set.of(Role.MANAGER));
        for (long someone : new long[]{traineeId, educatorId, manager}) {
            signInAs(someone);
            assertThatThrownBy(() -> tester.startPage(OutboxPage.class))
                    .isInstanceOf(UnauthorizedInstantiationException.class);
        }
        assertThat(TestServices.calls()).noneMatch(call -> call.startsWith("MailOutbox."));
    }

    @Test
    void openingTheUnsubscribeLinkChangesNothingTheConfirmButtonDoes() {
        mail.tokens.put("tok-123", true);
        tester.startPage(UnsubscribePage.class, new PageParameters().add("token", "tok-123"));
        assertThat(mail.tokens.get("tok-123")).as("a link preview or mail scanner opening it").isTrue();
        assertThat(tester.getLastResponseAsString()).contains("Turn off optional mails")
                .doesNotContain("This unsubscribe link is not valid");
        form("confirm").submit();
        assertThat(mail.tokens.get("tok-123")).isFalse();
        assertThat(tester.getLastResponseAsString()).contains("Optional mails are turned off");
    }

    @Test
    void anUnknownTokenSaysSoAndOffersNoButton() {
        tester.startPage(UnsubscribePage.class, new PageParameters().add("token", "x".repeat(500)));
        assertThat(tester.getLastResponseAsString()).contains("This unsubscribe link is not valid")
                .doesNotContain("unsubscribe-confirm");
    }

    @Test
    void aTraineeTurnsOptionalMailsBackOnInTheirSettings() {
        mail.optionalMails = false;
        signInAs(traineeId);
        tester.startPage(org.ketaminetraining.web.learner.LearnerSettingsPage.class);
        tester.assertModelValue("form:optionalMails", false);
        org.apache.wicket.util.tester.FormTester settings = form("form");
        settings.setValue("optionalMails", true);
        settings.submit();
        assertThat(mail.optionalMails).isTrue();
    }
}
