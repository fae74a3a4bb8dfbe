package org.ketaminetraining.compliance.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.compliance.Due;

class MailComposerTest {

    private static final MailComposer COMPOSER = new MailComposer(ZoneId.of("Europe/London"));
    private static final URI PAGE = URI.create("https://training.example.org/");
    private static final URI UNSUBSCRIBE = URI.create("https://training.example.org/unsubscribe/abc123");
    private static final LocalDate TODAY = LocalDate.of(2027, 6, 16);

    @Test
    void aDueReminderSaysTheDateInBothPartsWithTheZoneAndNoUnsubscribeLink() {
        ComposedMail mail = COMPOSER.reminder(new OwedReminder("ketamine", ReminderKind.DUE_SOON,
                LocalDate.of(2027, 6, 30), 14), "Ada Lovelace", "Ketamine safety", TODAY, PAGE, Optional.empty());
        assertThat(mail.subject()).isEqualTo("Due in 14 days: Ketamine safety");
        assertThat(mail.text()).contains("Hello Ada Lovelace,").contains("Wednesday 30 June 2027")
                .contains("Europe/London").contains(PAGE.toString()).contains("cannot be turned off")
                .doesNotContain("unsubscribe");
        assertThat(mail.html()).contains("Wednesday 30 June 2027").contains("href=\"https://training.example.org/\"")
                .doesNotContain("unsubscribe");
    }

    @Test
    void anExpiryReminderPrintsTheValidThroughDayAsTheCertificateDoes() {
        ComposedMail mail = COMPOSER.reminder(new OwedReminder("ketamine", ReminderKind.EXPIRING,
                LocalDate.of(2027, 7, 16), 30), "Ada", "Ketamine safety", TODAY, PAGE, Optional.empty());
        assertThat(mail.text()).contains("valid through Thursday 15 July 2027");
    }

    @Test
    void namesAndTitlesAreEscapedInHtmlAndKeptOnOneLineInTheSubject() {
        ComposedMail mail = COMPOSER.reminder(new OwedReminder("ketamine", ReminderKind.REFRESHER_DUE,
                LocalDate.of(2027, 6, 14), 0), "<script>alert(1)</script>", "Safety\r\nBcc: x@evil.example & co",
                TODAY, PAGE, Optional.of(UNSUBSCRIBE));
        assertThat(mail.subject()).doesNotContain("\n").doesNotContain("\r");
        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&amp; co");
        assertThat(mail.text()).contains(UNSUBSCRIBE.toString());
        assertThat(mail.html()).contains("href=\"" + UNSUBSCRIBE + "\"");
    }

    @Test
    void anOptionalMailWithoutItsUnsubscribeLinkIsRefused() {
        assertThatThrownBy(() -> COMPOSER.reminder(new OwedReminder("ketamine", ReminderKind.REFRESHER_DUE, TODAY,
                0), "Ada", "Ketamine safety", TODAY, PAGE, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDigestListsEachDepartmentAndCarriesTheUnsubscribeLink() {
        ManagerDigest.Entry overdue = new ManagerDigest.Entry("ed", "Emergency", "Bea <b>", new ProgrammeFacts(
                "ketamine", "Ketamine safety", new Due(Optional.of(TODAY.minusDays(2)),
                        org.ketaminetraining.compliance.DueState.OVERDUE, TODAY),
                Optional.empty(),
                Optional.empty(), false, false));
        ComposedMail mail = COMPOSER.digest("Max Manager", TODAY, ManagerDigest.of(TODAY,
                Map.of("ed", "Emergency", "amu", "Acute"), List.of(overdue)), PAGE.resolve("/reports/completion"),
                UNSUBSCRIBE);
        assertThat(mail.subject()).isEqualTo("Weekly training digest, week of Monday 14 June 2027");
        assertThat(mail.text()).contains("Acute\n=====\nNothing to report.").contains("Overdue (1):")
                .contains("Bea <b>, Ketamine safety, was due on Monday 14 June 2027").contains(UNSUBSCRIBE.toString());
        assertThat(mail.html()).contains("<h2>Emergency</h2>").contains("Bea &lt;b&gt;")
                .contains("href=\"" + UNSUBSCRIBE + "\"");
    }
}
