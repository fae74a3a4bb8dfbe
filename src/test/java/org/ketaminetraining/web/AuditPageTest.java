package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.people.service.AuditEntry;
import org.ketaminetraining.web.admin.AuditPage;

/**
 * The activity page: times in the organisation's zone (Europe/Berlin in page tests) with the exact instant in a
 * time element, certificate codes as printed, the filter by actor, action and days, paging and order.
 */
class AuditPageTest extends PageTestBase {

    private static final Pattern TIME = Pattern.compile("<time datetime=\"([^\"]+)\">([^<]+)</time>");

    @BeforeEach
    void signInAsAdministrator() {
        signInAs(adminId);
    }

    @Test
    void timesAreInTheOrganisationsZoneToTheMinuteWithTheExactInstantInATimeElement() {
        people.audit.add(new AuditEntry(Instant.parse("2026-12-07T13:05:03.123456789Z"), "alice", "account.locked",
                "alice", "locked until 2026-12-07T13:20:03.123456789Z after 5 failed sign-ins"));
        tester.startPage(AuditPage.class);
        String page = tester.getLastResponseAsString();
        assertThat(page).contains("<time datetime=\"2026-12-07T13:05:03.123Z\">7 Dec 2026, 14:05</time>")
                .contains("locked until 7 Dec 2026, 14:20 after 5 failed sign-ins")
                .contains("When (Europe/Berlin)")
                .contains("Account locked")
                .doesNotContain("123456789", "2026-12-07 13:05");
    }

    @Test
    void certificateCodesAreShownInGroupsOfFourAsPrinted() {
        people.audit.add(new AuditEntry(Instant.parse("2026-12-07T10:00:00Z"), "trainee", "certificate.issue",
                "K7Q29XMD4HBT0VWEZR3N", "demo-ketamine-essentials, expires 2028-12-07"));
        people.audit.add(new AuditEntry(Instant.parse("2026-12-07T11:00:00Z"), "manager", "certificate.revoke",
                "K7Q29XMD4HBT0VWEZR3N", "left the trust"));
        tester.startPage(AuditPage.class);
        String page = tester.getLastResponseAsString();
        assertThat(page).contains("K7Q2-9XMD-4HBT-0VWE-ZR3N").doesNotContain("K7Q29XMD4HBT0VWEZR3N")
                .contains("Certificate issued", "Certificate revoked");
    }

    @Test
    void theFilterNarrowsTheRowsByActorActionAndDaysInTheOrganisationsZone() {
        // 23:30 on 6 December in Berlin, then 00:30 and 23:30 on 7 December, then 00:30 on 8 December.
        people.audit.add(new AuditEntry(Instant.parse("2026-12-06T22:30:00Z"), "alice", "account.create", "x", null));
        people.audit.add(new AuditEntry(Instant.parse("2026-12-06T23:30:00Z"), "Alice", "account.update", "y", null));
        people.audit.add(new AuditEntry(Instant.parse("2026-12-07T22:30:00Z"), "bob", "account.create", "z", null));
        people.audit.add(new AuditEntry(Instant.parse("2026-12-07T23:30:00Z"), "alice", "backup.create", "w", null));
        tester.startPage(AuditPage.class);
        assertThat(rows()).isEqualTo(4);

        FormTester filter = form("filter");
        filter.setValue("actor", "ALI");
        filter.submit();
        assertThat(rows()).isEqualTo(3);
        assertThat(tester.getLastResponseAsString()).contains("3 entries match. Showing 1 to 3.");

        filter = form("filter");
        filter.setValue("actor", "");
        filter.select("action", actionIndex("account.create"));
        filter.submit();
        assertThat(times()).containsExactly("2026-12-07T22:30:00Z", "2026-12-06T22:30:00Z");

        filter = form("filter");
        filter.setValue("action", "");
        filter.setValue("from", "2026-12-07");
        filter.setValue("to", "2026-12-07");
        filter.submit();
        assertThat(times()).containsExactly("2026-12-07T22:30:00Z", "2026-12-06T23:30:00Z");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedAtItsFieldAndTheRowsStay() {
        people.audit.add(new AuditEntry(Instant.parse("2026-12-07T10:00:00Z"), "alice", "account.create", "x", null));
        tester.startPage(AuditPage.class);
        FormTester filter = form("filter");
        filter.setValue("from", "2026-12-08");
        filter.setValue("to", "2026-12-07");
        filter.submit();
        String page = tester.getLastResponseAsString();
        assertThat(page).contains("id=\"to-error\"").contains("The end date is before the start date.");
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aValueThatIsNoDateIsRefusedBeforeItIsRead() {
        tester.startPage(AuditPage.class);
        FormTester filter = form("filter");
        filter.setValue("from", "2026-12-07".repeat(100));
        filter.submit();
        assertThat(tester.getLastResponseAsString()).contains("Enter From as a date, for example 2026-12-07.");
    }

    @Test
    void entriesComeTwentyFiveToAPageNewestFirstAndTheOrderTurnsAround() {
        Instant start = Instant.parse("2026-12-01T08:00:00Z");
        for (int i = 0; i < 60; i++) {
            people.audit.add(new AuditEntry(start.plus(Duration.ofMinutes(i)), "admin", "account.update",
                    "user" + i, null));
        }
        tester.startPage(AuditPage.class);
        assertThat(rows()).isEqualTo(25);
        assertThat(tester.getLastResponseAsString()).contains("60 entries match. Showing 1 to 25.", "Page 1 of 3")
                .contains(">user59<").doesNotContain(">user34<");
        click("pager:next");
        assertThat(tester.getLastResponseAsString()).contains("Showing 26 to 50.", "Page 2 of 3", ">user34<");
        click("pager:next");
        assertThat(rows()).isEqualTo(10);
        assertThat(tester.getLastResponseAsString()).contains("Showing 51 to 60.", ">user0<");
        tester.assertInvisible("pager:next");
        click("pager:previous");
        assertThat(tester.getLastResponseAsString()).contains("Page 2 of 3");

        click(sortLink());
        String oldestFirst = tester.getLastResponseAsString();
        assertThat(oldestFirst).contains("Page 1 of 3", "aria-sort=\"ascending\"", "Audit trail, oldest first");
        assertThat(times().get(0)).isEqualTo("2026-12-01T08:00:00Z");
    }

    /** Follows a link of the page on show, as a browser on the same site does. */
    private void click(String path) {
        sameSite();
        tester.clickLink(path);
    }

    private int rows() {
        return times().size();
    }

    private java.util.List<String> times() {
        Matcher time = TIME.matcher(tester.getLastResponseAsString());
        java.util.List<String> instants = new java.util.ArrayList<>();
        while (time.find()) {
            instants.add(time.group(1));
        }
        return instants;
    }

    /** The position of an action among the filter's choices (they are the trail's actions, alphabetically). */
    private int actionIndex(String action) {
        return people.audit.stream().map(AuditEntry::action).distinct().sorted().toList().indexOf(action);
    }

    private String sortLink() {
        String[] path = new String[1];
        tester.getLastRenderedPage().visitChildren(
                org.apache.wicket.extensions.markup.html.repeater.data.sort.OrderByLink.class, (link, visit) -> {
                    path[0] = link.getPageRelativePath();
                    visit.stop();
                });
        return path[0];
    }
}
