package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.util.visit.IVisit;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.service.CompletionQuery.Sort;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.web.app.HomePage;
import org.ketaminetraining.web.layout.NavigationItem;
import org.ketaminetraining.web.layout.Site;
import org.ketaminetraining.certification.fake.CertificationFakes;
import org.ketaminetraining.certification.fake.FakeOversight;
import org.ketaminetraining.certification.fake.FakeVerification;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.pub.LoginPage;
import org.ketaminetraining.web.reports.AttemptsResetPage;
import org.ketaminetraining.web.reports.CompletionReportPage;
import org.ketaminetraining.web.reports.RevokePage;
import org.ketaminetraining.web.reports.TimeExtensionPage;

/** The completion report with its filters, sort, paging and CSV, and the revoke and time-extension forms. */
class CompletionReportPagesTest extends PageTestBase {

    private static final Pattern ROW = Pattern.compile("<tr class=\"report-row\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile(
            "<th scope=\"row\" class=\"report-name\"><a class=\"person-link\" href=\"[^\"]*\"><span>([^<]*)</span>");

    private CertificationFakes certification;
    private long managerId;

    @BeforeEach
    void registerCertification() {
        certification = new CertificationFakes();
        certification.register();
        managerId = people.add("manager", "manager-password-1", Set.of(Role.MANAGER));
    }

    // ---------------------------------------------------------------- who may open it

    @Test
    void managersAndAdministratorsOpenTheReportAndTraineesAreRefused() {
        certification.oversight.addPeople(3);
        signInAs(managerId);
        tester.executeUrl("reports/completion");
        tester.assertRenderedPage(CompletionReportPage.class);
        signInAs(adminId);
        tester.executeUrl("reports/completion");
        tester.assertRenderedPage(CompletionReportPage.class);

        signInAs(traineeId);
        assertThatThrownBy(() -> tester.startPage(CompletionReportPage.class))
                .isInstanceOf(UnauthorizedInstantiationException.class);
        tester.setExposeExceptions(false);
        for (String url : List.of("reports/completion", "reports/certificates/" + FakeVerification.VALID
                + "/revoke", "reports/extension/101/ketamine-safety", "reports/completion.csv")) {
            tester.executeUrl(url);
            tester.assertRenderedPage(AccessDeniedPage.class);
            assertThat(tester.getLastResponse().getStatus()).as(url).isEqualTo(403);
        }
        assertThat(certification.oversight.reportQueries).hasSize(2);
    }

    @Test
    void anonymousVisitorsAreSentToSignInForTheReportAndItsCsv() {
        tester.executeUrl("reports/completion");
        tester.assertRenderedPage(LoginPage.class);
        tester.executeUrl("reports/completion.csv");
        tester.assertRenderedPage(LoginPage.class);
        assertThat(certification.oversight.reportQueries).isEmpty();
    }

    @Test
    void theNavigationShowsTheReportToManagersAndAdministratorsAndCertificatesToTrainees() {
        assertThat(visibleLabels(Set.of(Role.MANAGER))).contains("nav.completion").doesNotContain("nav.certificates");
        assertThat(visibleLabels(Set.of(Role.ADMIN))).contains("nav.completion").doesNotContain("nav.certificates");
        assertThat(visibleLabels(Set.of(Role.TRAINEE))).contains("nav.certificates").doesNotContain("nav.completion");
        assertThat(visibleLabels(Set.of(Role.EDUCATOR))).doesNotContain("nav.completion", "nav.certificates");

        signInAs(adminId);
        tester.startPage(HomePage.class);
        assertThat(tester.getLastResponseAsString()).contains("reports/completion\"",
                ">Completion report</span>");
    }

    // ---------------------------------------------------------------- the table

    @Test
    void theReportShowsEachRowInWordsWithCountAndSortState() {
        certification.oversight.rows.add(FakeOversight.row(7, "Jane Doe", "ed", "Ketamine safety",
                CompletionStatus.CERTIFIED, 100, Optional.of(FakeVerification.VALID)));
        certification.oversight.rows.add(FakeOversight.row(8, "Abe Able", "icu", "Ketamine safety",
                CompletionStatus.STUDYING, 40, Optional.empty()));
        signInAs(managerId);
        tester.executeUrl("reports/completion");
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<p id=\"report-count\">2 rows match. Showing 1 to 2.</p>",
                "<caption id=\"completion-caption\">People and programmes, sorted by Name, ascending</caption>",
                "<th scope=\"col\" aria-sort=\"ascending\">", ">Abe Able</span>",
                "<td class=\"report-status\" data-label=\"Status\">Studying</td>",
                "<td class=\"report-progress\" data-label=\"Progress\">40%</td>",
                "<td class=\"report-departments\" data-label=\"Departments\">Intensive care</td>",
                "<td class=\"report-status\" data-label=\"Status\">Certified</td>",
                "<time datetime=\"2026-01-08\">8 January 2026</time>", "None",
                "<span>Valid through</span>",
                "<td class=\"report-valid-through\" data-label=\"Valid through\"><time datetime=\"2028-01-07\">7 January 2028</time></td>",
                "<label for=\"report-department\" class=\"form-label\">Department</label>",
                "<option selected=\"selected\" value=\"\">All departments</option>",
                "<option value=\"ed\">Emergency department</option>", ">All statuses</option>",
                "<option value=\"expiring-soon\">Expiring soon</option>",
                "role=\"region\" aria-labelledby=\"completion-caption\" tabindex=\"0\"");
        assertThat(names(html)).containsExactly("Abe Able", "Jane Doe");
        assertThat(html.split("aria-sort=", -1)).hasSize(2);
        // The certificate counts through 7 January and expires on the 8th: people read the last day it counts.
        assertThat(html).doesNotContain("style=\"", "Expires", "8 January 2028");
        assertThat(certification.oversight.reportQueries).containsExactly(new CompletionQuery(Optional.empty(),
                Optional.empty(), Sort.NAME, true, 0, 25));
    }

    @Test
    void eachRowOffersOnlyTheActionsThatMeanSomethingForIt() {
        certification.oversight.rows.add(FakeOversight.row(7, "Ann Certified", "ed", "Ketamine safety",
                CompletionStatus.CERTIFIED, 100, Optional.of(FakeVerification.VALID)));
        certification.oversight.rows.add(FakeOversight.row(8, "Bob Revoked", "ed", "Ketamine safety",
                CompletionStatus.REVOKED, 100, Optional.of(FakeVerification.REVOKED)));
        certification.oversight.rows.add(FakeOversight.row(9, "Cat Studying", "ed", "Ketamine safety",
                CompletionStatus.STUDYING, 10, Optional.empty()));
        certification.oversight.rows.add(FakeOversight.untimed(FakeOversight.row(10, "Dan Untimed", "ed",
                "Ketamine essentials", CompletionStatus.ASSESSMENT_AVAILABLE, 100, Optional.empty())));
        certification.oversight.rows.add(FakeOversight.row(11, "Eve Expired", "ed", "Ketamine safety",
                CompletionStatus.EXPIRED, 100, Optional.of(FakeVerification.EXPIRED)));
        certification.oversight.rows.add(FakeOversight.row(managerId, "Fay Manager", "ed", "Ketamine safety",
                CompletionStatus.ASSESSMENT_FAILED, 100, Optional.empty()));
        signInAs(managerId);
        tester.executeUrl("reports/completion");
        List<String> rows = rows(tester.getLastResponseAsString());
        // Links are relative to /reports/completion.
        assertThat(rows.get(0)).contains("Ann Certified", "href=\"./certificates/" + FakeVerification.VALID
                + "/revoke\"", ">Revoke<span class=\"visually-hidden\">: Ann Certified, Ketamine safety</span></a>",
                "href=\"./extension/7/ketamine-safety\"").doesNotContain("reset-link");
        assertThat(rows.get(1)).contains("Bob Revoked").doesNotContain("revoke-link", "extension-link", "reset-link");
        assertThat(rows.get(2)).contains("Cat Studying", "Time extension")
                .doesNotContain("revoke-link", "reset-link");
        assertThat(rows.get(3)).contains("Dan Untimed").doesNotContain("revoke-link", "extension-link",
                "reset-link");
        assertThat(rows.get(4)).contains("Eve Expired", "extension-link").doesNotContain("revoke-link", "reset-link");
        assertThat(rows.get(5)).contains("Fay Manager").doesNotContain("revoke-link", "extension-link", "reset-link");
    }

    @Test
    void anActionPageOpenedForARowWhereItDoesNotApplySaysWhyAndOffersNoForm() {
        certification.oversight.rows.add(FakeOversight.untimed(FakeOversight.row(10, "Dan Untimed", "ed",
                "Ketamine essentials", CompletionStatus.ASSESSMENT_AVAILABLE, 100, Optional.empty())));
        certification.oversight.rows.add(FakeOversight.row(12, "Gil Going", "ed", "Ketamine safety",
                CompletionStatus.STUDYING, 40, Optional.empty()));
        signInAs(managerId);
        tester.executeUrl("reports/extension/10/ketamine-essentials");
        tester.assertRenderedPage(TimeExtensionPage.class);
        assertThat(tester.getLastResponseAsString()).contains("<p id=\"extension-who\">For Dan Untimed (dan.untimed), "
                + "Ketamine essentials.</p>",
                "<p id=\"extension-not-applicable\" class=\"alert alert-info\">"
                        + "Ketamine essentials has no time limit, so there is no time to extend.</p>");
        tester.assertInvisible("form");

        tester.executeUrl("reports/attempts/12/ketamine-safety");
        tester.assertRenderedPage(AttemptsResetPage.class);
        assertThat(tester.getLastResponseAsString())
                .contains("<p id=\"reset-not-applicable\" class=\"alert alert-info\">"
                        + "Gil Going may start an assessment attempt now: there are no attempts to reset.</p>");
        tester.assertInvisible("form");

        tester.executeUrl("reports/certificates/" + FakeVerification.EXPIRED + "/revoke");
        tester.assertRenderedPage(RevokePage.class);
        assertThat(tester.getLastResponseAsString()).contains("This certificate has expired; only a certificate in "
                + "force can be revoked.");
        tester.assertInvisible("form");
        assertThat(certification.oversight.extensions).isEmpty();
        assertThat(certification.oversight.resets).isEmpty();
        assertThat(certification.oversight.revocations).isEmpty();
    }

    @Test
    void aNameShowsExactlyAsTypedInsideTextsWithPlaceholdersAndApostrophes() {
        String typed = "Ann '{0}' ${name} <b>O'Neil</b>";
        String shown = "Ann &#039;{0}&#039; ${name} &lt;b&gt;O&#039;Neil&lt;/b&gt;";
        certification.oversight.rows.add(FakeOversight.row(13, typed, "ed", "Ketamine safety",
                CompletionStatus.REVOKED, 100, Optional.of(FakeVerification.REVOKED)));
        certification.oversight.rows.add(FakeOversight.row(14, typed, "ed", "Ketamine safety",
                CompletionStatus.STUDYING, 40, Optional.empty()));
        signInAs(managerId);
        tester.executeUrl("reports/completion");
        String report = tester.getLastResponseAsString();
        assertThat(names(report)).containsExactly(shown, shown);
        assertThat(report).contains("Time extension<span class=\"visually-hidden\">: " + shown
                + ", Ketamine safety</span>").doesNotContain("<b>");

        tester.executeUrl("reports/extension/13/ketamine-safety");
        // The text's own apostrophe ("'s") is MessageFormat's quote character; the name's are plain characters.
        assertThat(tester.getLastResponseAsString()).contains("<p id=\"extension-who\">For " + shown + " (",
                "<p id=\"extension-not-applicable\" class=\"alert alert-info\">" + shown
                        + "&#039;s certificate for Ketamine safety was revoked; a time extension does not apply.</p>");
    }

    @Test
    void theServicesRefusalOfAnActionIsShownOnTheFormAndNothingSaysGranted() {
        certification.oversight.rows.add(FakeOversight.row(101, "Jane Doe", "ed", "Ketamine safety",
                CompletionStatus.STUDYING, 50, Optional.empty()));
        signInAs(managerId);
        tester.executeUrl("reports/extension/101/ketamine-safety");
        // The programme lost its time limit (a bank import) between showing the form and saving it.
        certification.oversight.refuseNextAction = new IllegalArgumentException(
                Oversight.Refusal.NO_TIME_LIMIT.message());
        FormTester form = form("form");
        form.setValue("minutes", "30");
        form.submit();
        tester.assertRenderedPage(TimeExtensionPage.class);
        assertThat(tester.getLastResponseAsString()).contains(
                "This programme&#039;s assessment has no time limit, so there is no time to extend.")
                .doesNotContain("Granted");
        assertThat(certification.oversight.extensions).isEmpty();
    }

    @Test
    void filtersGoIntoTheUrlAndTheServiceQuery() {
        certification.oversight.addPeople(12);
        signInAs(managerId);
        tester.executeUrl("reports/completion?sort=progress&dir=desc");
        FormTester form = form("filters");
        form.select("dept", 0);
        form.select("status", CompletionStatus.CERTIFIED.ordinal());
        form.submit();
        tester.assertRenderedPage(CompletionReportPage.class);
        var parameters = tester.getLastRenderedPage().getPageParameters();
        assertThat(parameters.get("dept").toString()).isEqualTo("ed");
        assertThat(parameters.get("status").toString()).isEqualTo("certified");
        assertThat(parameters.get("sort").toString()).isEqualTo("progress");
        assertThat(parameters.get("dir").toString()).isEqualTo("desc");
        assertThat(certification.oversight.reportQueries).last().isEqualTo(new CompletionQuery(Optional.of("ed"),
                Optional.of(CompletionStatus.CERTIFIED), Sort.PROGRESS, false, 0, 25));
        String html = tester.getLastResponseAsString();
        // Person 4 is the one with both: even (emergency department) and the fifth status in turn.
        assertThat(names(html)).containsExactly("Person 004");
        assertThat(html).contains("<option selected=\"selected\" value=\"ed\">Emergency department</option>",
                "<option selected=\"selected\" value=\"certified\">Certified</option>");
    }

    @Test
    void aStatusInTheUrlFiltersWhateverItsCase() {
        certification.oversight.addPeople(20);
        signInAs(managerId);
        for (String typed : List.of("REVOKED", "revoked", "Revoked")) {
            tester.executeUrl("reports/completion?status=" + typed);
            assertThat(certification.oversight.reportQueries).last().as(typed).extracting(CompletionQuery::status)
                    .isEqualTo(Optional.of(CompletionStatus.REVOKED));
            String html = tester.getLastResponseAsString();
            assertThat(names(html)).as(typed).containsExactly("Person 007", "Person 016");
            assertThat(html).contains("<option selected=\"selected\" value=\"revoked\">Revoked</option>",
                    "2 rows match. Showing 1 to 2.").doesNotContain("id=\"report-status-error\"");
        }
    }

    @Test
    void anUnknownStatusIsNamedWithTheValidOnesAndNoRowsPretendToBeFiltered() {
        certification.oversight.addPeople(20);
        signInAs(managerId);
        tester.executeUrl("reports/completion?status=withdrawn&dept=ed");
        tester.assertRenderedPage(CompletionReportPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<p id=\"report-status-error\" class=\"alert alert-danger\">"
                + "There is no status \u201cwithdrawn\u201d. Use one of not-started, studying, assessment-available, "
                + "assessment-failed, certified, expiring-soon, expired, revoked, refresher-due, or choose a status "
                + "below.</p>");
        assertThat(html)
                .containsPattern("<select[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"report-status-error\""
                        + "|<select[^>]*aria-describedby=\"report-status-error\"[^>]*aria-invalid=\"true\"");
        assertThat(rows(html)).isEmpty();
        assertThat(html).doesNotContain("id=\"download-csv\"", "rows match", "No one matches");
        // The department filter stays as asked.
        assertThat(html).contains("<option selected=\"selected\" value=\"ed\">Emergency department</option>");

        tester.setExposeExceptions(false);
        tester.executeUrl("reports/completion.csv?status=withdrawn");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(400);
        assertThat(String.valueOf(tester.getLastResponse().getContentType())).doesNotStartWith("text/csv");
        assertThat(tester.getLastResponse().getErrorMessage()).contains("withdrawn", "not-started", "revoked");
    }

    @Test
    void theCountSaysRowAndMatchesForOneRowAndRowsAndMatchForMore() {
        certification.oversight.rows.add(FakeOversight.row(7, "Jane Doe", "ed", "Ketamine safety",
                CompletionStatus.CERTIFIED, 100, Optional.of(FakeVerification.VALID)));
        signInAs(managerId);
        tester.executeUrl("reports/completion");
        assertThat(tester.getLastResponseAsString())
                .contains("<p id=\"report-count\">1 row matches. Showing 1 to 1.</p>",
                        "Download CSV <span>(1 row, these filters and sort)</span>")
                .doesNotContain("1 rows", "1 row match.");
        tester.executeUrl("reports/completion?page=2");
        assertThat(tester.getLastResponseAsString()).contains("1 row matches, but this page is past the last one.");

        certification.oversight.rows.add(FakeOversight.row(8, "Abe Able", "icu", "Ketamine safety",
                CompletionStatus.STUDYING, 40, Optional.empty()));
        tester.executeUrl("reports/completion");
        assertThat(tester.getLastResponseAsString()).contains(
                "<p id=\"report-count\">2 rows match. Showing 1 to 2.</p>",
                "Download CSV <span>(all 2 rows, these filters and sort)</span>");
    }

    @Test
    void aColumnHeaderSortsByItAndTheSortedOneTurnsRound() {
        certification.oversight.addPeople(3);
        signInAs(managerId);
        tester.executeUrl("reports/completion");
        tester.clickLink(sortLink("progress"));
        assertThat(certification.oversight.reportQueries).last()
                .extracting(CompletionQuery::sort, CompletionQuery::ascending)
                .containsExactly(Sort.PROGRESS, true);
        String html = tester.getLastResponseAsString();
        assertThat(html).containsPattern("<th scope=\"col\" aria-sort=\"ascending\"><a class=\"sort-link\" "
                + "href=\"[^\"]*sort=progress&amp;dir=desc\"><span>Progress</span> <span aria-hidden=\"true\">▲</span>"
                + "<span class=\"visually-hidden\">, sort descending</span>");
        assertThat(names(html)).containsExactly("Person 001", "Person 002", "Person 003");

        tester.clickLink(sortLink("progress"));
        assertThat(certification.oversight.reportQueries).last()
                .extracting(CompletionQuery::sort, CompletionQuery::ascending)
                .containsExactly(Sort.PROGRESS, false);
        assertThat(tester.getLastResponseAsString()).contains("aria-sort=\"descending\"",
                "sorted by Progress, descending");
        assertThat(names(tester.getLastResponseAsString())).containsExactly("Person 003", "Person 002", "Person 001");
    }

    @Test
    void pagesOf25AreBookmarkableAndTheirLinksCarryTheView() {
        certification.oversight.addPeople(60);
        signInAs(managerId);
        tester.executeUrl("reports/completion?dept=icu&status=studying&sort=valid-through&dir=desc&page=2");
        assertThat(certification.oversight.reportQueries).last().isEqualTo(new CompletionQuery(Optional.of("icu"),
                Optional.of(CompletionStatus.STUDYING), Sort.VALID_THROUGH, false, 25, 25));

        tester.executeUrl("reports/completion");
        String first = tester.getLastResponseAsString();
        assertThat(rows(first)).hasSize(25);
        assertThat(first).contains("60 rows match. Showing 1 to 25.", "<span id=\"report-page\">Page 1 of 3</span>");
        tester.assertInvisible("pager:previous");
        tester.clickLink("pager:next");
        assertThat(certification.oversight.reportQueries).last().isEqualTo(new CompletionQuery(Optional.empty(),
                Optional.empty(), Sort.NAME, true, 25, 25));
        assertThat(names(tester.getLastResponseAsString())).first().isEqualTo("Person 026");
        tester.clickLink("pager:next");
        String last = tester.getLastResponseAsString();
        assertThat(rows(last)).hasSize(10);
        assertThat(last).contains("Showing 51 to 60.", "Page 3 of 3");
        tester.assertInvisible("pager:next");
        tester.assertVisible("pager:previous");
    }

    @Test
    void theCsvHoldsExactlyTheRowsOfTheViewWithInjectionDefused() {
        certification.oversight.rows.add(FakeOversight.row(7, "=HYPERLINK(\"http://evil\")", "ed", "Ketamine safety",
                CompletionStatus.CERTIFIED, 100, Optional.of(FakeVerification.VALID)));
        certification.oversight.rows.add(FakeOversight.row(8, "Doe, Jane", "ed", "Ketamine safety",
                CompletionStatus.EXPIRING_SOON, 90, Optional.of(FakeVerification.EXPIRED)));
        certification.oversight.rows.add(FakeOversight.row(9, "@Stu", "ed", "Ketamine safety",
                CompletionStatus.STUDYING, 35, Optional.empty()));
        certification.oversight.rows.add(FakeOversight.row(10, "Ivy Icu", "icu", "Ketamine safety",
                CompletionStatus.STUDYING, 50, Optional.empty()));
        signInAs(managerId);
        tester.executeUrl("reports/completion?dept=ed&sort=progress&dir=desc");
        String page = tester.getLastResponseAsString();
        List<String> shown = names(page);
        assertThat(shown).hasSize(3);
        Matcher csvLink = Pattern.compile("<a id=\"download-csv\" class=\"[^\"]*\" href=\"\\./([^\"]*)\"")
                .matcher(page);
        assertThat(csvLink.find()).isTrue();
        assertThat(page).contains("Download CSV <span>(all 3 rows, these filters and sort)</span>");

        assertThat(csvLink.group(1)).isEqualTo("completion.csv?dept=ed&amp;sort=progress&amp;dir=desc");
        tester.executeUrl("reports/" + csvLink.group(1).replace("&amp;", "&"));
        assertThat(certification.oversight.reportQueries).last().isEqualTo(new CompletionQuery(Optional.of("ed"),
                Optional.empty(), Sort.PROGRESS, false, 0, 0));
        assertThat(tester.getLastResponse().getContentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(tester.getLastResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"completion-report.csv\"");
        byte[] file = tester.getLastResponse().getBinaryContent();
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        // Dates as the page and the certificate write them, the last valid day under the page's column name.
        assertThat(csv).isEqualTo("name,username,departments,programme,status,progress_percent,issued_on,"
                + "valid_through,certificate_code\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",\"'=hyperlink(\"\"http://evil\"\")\",Emergency department,"
                + "Ketamine safety,Certified,100,"
                + "8 January 2026,7 January 2028," + FakeVerification.VALID + "\r\n"
                + "\"Doe, Jane\",\"doe,.jane\",Emergency department,Ketamine safety,Expiring soon,90,9 January 2026,"
                + "8 January 2028," + FakeVerification.EXPIRED + "\r\n"
                + "'@Stu,'@stu,Emergency department,Ketamine safety,Studying,35,,,\r\n");
        // The same rows in the same order as the page, with the page's status words.
        List<String> csvNames = new ArrayList<>();
        for (String line : csv.split("\r\n")) {
            csvNames.add(line.startsWith("\"Doe") ? "Doe, Jane" : line.substring(0, line.indexOf(',')));
        }
        assertThat(csvNames.subList(1, csvNames.size())).containsExactly("\"'=HYPERLINK(\"\"http://evil\"\")\"",
                "Doe, Jane", "'@Stu");
        assertThat(shown).containsExactly("=HYPERLINK(&quot;http://evil&quot;)", "Doe, Jane", "@Stu");
    }

    // ---------------------------------------------------------------- revoke

    @Test
    void theRevokeFormNamesTheCertificateAndRefusesAnEmptyReasonAndNoConfirmation() {
        signInAs(managerId);
        tester.executeUrl("reports/certificates/" + FakeVerification.VALID + "/revoke");
        tester.assertRenderedPage(RevokePage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<dd id=\"revoke-holder\">Jane Doe</dd>", "Ketamine safety for ward nurses",
                "<label for=\"reason\" class=\"form-label\">Reason for revoking</label>",
                "<label for=\"confirm\" class=\"form-check-label\">",
                "<button type=\"submit\" id=\"revoke-button\" class=\"btn btn-danger\">Revoke certificate</button>");
        FormTester form = form("form");
        form.setValue("reason", "   ");
        form.submit();
        tester.assertRenderedPage(RevokePage.class);
        assertThat(tester.getLastResponseAsString()).contains("id=\"reason-error\"", "Enter Reason for revoking.",
                "Tick the box to confirm that you mean to revoke this certificate.", "aria-invalid=\"true\"");
        assertThat(certification.oversight.revocations).isEmpty();

        form = form("form");
        form.setValue("reason", "x".repeat(1001));
        form.setValue("confirm", true);
        form.submit();
        assertThat(tester.getLastResponseAsString())
                .contains("Reason for revoking can have at most 1000 characters.");
        assertThat(certification.oversight.revocations).isEmpty();
    }

    @Test
    void theServicesRefusalOfTheReasonIsShownOnTheField() {
        signInAs(managerId);
        tester.executeUrl("reports/certificates/" + FakeVerification.VALID + "/revoke");
        FormTester form = form("form");
        form.setValue("reason", "a forbidden word");
        form.setValue("confirm", true);
        form.submit();
        tester.assertRenderedPage(RevokePage.class);
        String html = tester.getLastResponseAsString();
        assertThat(between(html, "id=\"reason-error\"", "</div>")).contains("Write the reason without that word.");
        assertThat(certification.oversight.revocations).isEmpty();
    }

    @Test
    void aConfirmedRevocationWithAReasonIsSavedAndReportedOnTheReport() {
        signInAs(managerId);
        tester.executeUrl("reports/certificates/" + FakeVerification.VALID + "/revoke");
        FormTester form = form("form");
        form.setValue("reason", "Issued to the wrong person.");
        form.setValue("confirm", true);
        form.submit();
        tester.assertRenderedPage(CompletionReportPage.class);
        assertThat(tester.getLastResponseAsString())
                .contains("Done: Certificate " + FakeVerification.VALID + " is revoked.");
        assertThat(certification.oversight.revocations).containsExactly("manager|" + FakeVerification.VALID
                + "|Issued to the wrong person.");
    }

    @Test
    void unknownAndAlreadyRevokedCertificatesOfferNoForm() {
        signInAs(managerId);
        tester.executeUrl("reports/certificates/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ/revoke");
        assertThat(tester.getLastResponseAsString()).contains("We could not find a certificate with this code.");
        tester.assertInvisible("form");
        tester.executeUrl("reports/certificates/" + FakeVerification.REVOKED + "/revoke");
        assertThat(tester.getLastResponseAsString()).contains("This certificate is already revoked.");
        tester.assertInvisible("form");
    }

    // ---------------------------------------------------------------- time extension

    @Test
    void aTimeExtensionIsBetween1And600WholeMinutesAndIsSaved() {
        certification.oversight.rows.add(FakeOversight.row(101, "Jane Doe", "ed", "Ketamine safety",
                CompletionStatus.STUDYING, 50, Optional.empty()));
        signInAs(managerId);
        tester.executeUrl("reports/extension/101/ketamine-safety");
        tester.assertRenderedPage(TimeExtensionPage.class);
        assertThat(tester.getLastResponseAsString()).contains(
                "<p id=\"extension-who\">For Jane Doe (jane.doe), Ketamine safety.</p>",
                "<label for=\"minutes\" class=\"form-label\">Extra minutes</label>", "min=\"1\"", "max=\"600\"");
        for (String[] bad : new String[][]{{"0", "Extra minutes must be between 1 and 600."},
            {"601", "Extra minutes must be between 1 and 600."}, {"ten", "Extra minutes must be a whole number."},
            {"", "Enter Extra minutes."}}) {
            FormTester form = form("form");
            form.setValue("minutes", bad[0]);
            form.submit();
            tester.assertRenderedPage(TimeExtensionPage.class);
            assertThat(tester.getLastResponseAsString()).as(bad[0]).contains("id=\"minutes-error\"", bad[1]);
        }
        assertThat(certification.oversight.extensions).isEmpty();

        FormTester form = form("form");
        form.setValue("minutes", "90");
        form.submit();
        tester.assertRenderedPage(CompletionReportPage.class);
        assertThat(tester.getLastResponseAsString())
                .contains("Done: Granted 90 extra minutes to Jane Doe on Ketamine safety.");
        assertThat(certification.oversight.extensions).containsExactly("manager|101|ketamine-safety|90");
    }

    // ---------------------------------------------------------------- new attempts

    @Test
    void onlyAFailedRowOffersNewAttemptsAndTheResetNeedsAReason() {
        certification.oversight.rows.add(FakeOversight.row(102, "Fay Led", "ed", "Ketamine safety",
                CompletionStatus.ASSESSMENT_FAILED, 100, Optional.empty()));
        certification.oversight.rows.add(FakeOversight.row(103, "Stu Dent", "ed", "Ketamine safety",
                CompletionStatus.STUDYING, 40, Optional.empty()));
        signInAs(managerId);
        tester.executeUrl("reports/completion");
        List<String> rows = rows(tester.getLastResponseAsString());
        assertThat(rows.get(0)).contains("Fay Led", "href=\"./attempts/102/ketamine-safety\"",
                ">New attempts<span class=\"visually-hidden\">: Fay Led, Ketamine safety</span></a>");
        assertThat(rows.get(1)).contains("Stu Dent").doesNotContain("reset-link");

        tester.executeUrl("reports/attempts/102/ketamine-safety");
        tester.assertRenderedPage(AttemptsResetPage.class);
        assertThat(tester.getLastResponseAsString()).contains(
                "<p id=\"reset-who\">For Fay Led (fay.led), Ketamine safety.</p>",
                "<label for=\"reason\" class=\"form-label\">Reason</label>");
        FormTester blank = form("form");
        blank.setValue("reason", "");
        blank.submit();
        tester.assertRenderedPage(AttemptsResetPage.class);
        assertThat(tester.getLastResponseAsString()).contains("Enter Reason.");
        assertThat(certification.oversight.resets).isEmpty();

        FormTester form = form("form");
        form.setValue("reason", "Studied the missed items again with the ward educator");
        form.submit();
        tester.assertRenderedPage(CompletionReportPage.class);
        assertThat(tester.getLastResponseAsString())
                .contains("Fay Led may take the assessment of Ketamine safety again.");
        assertThat(certification.oversight.resets).containsExactly(
                "manager|102|ketamine-safety|Studied the missed items again with the ward educator");
    }

    @Test
    void someoneOutsideTheCallersReportGetsNoForm() {
        signInAs(managerId);
        tester.executeUrl("reports/extension/999/ketamine-safety");
        tester.assertRenderedPage(TimeExtensionPage.class);
        assertThat(tester.getLastResponseAsString())
                .contains("This person and programme are not in your completion report.");
        tester.assertInvisible("form");
    }

    private static List<String> visibleLabels(Set<Role> roles) {
        return Site.get().navigation().stream().filter(item -> item.visibleTo(roles)).map(NavigationItem::labelKey)
                .toList();
    }

    /** The path of the header link that sorts by the column (the table's toolbars number their items anew). */
    private String sortLink(String column) {
        String path = tester.getLastRenderedPage().visitChildren(BookmarkablePageLink.class,
                (BookmarkablePageLink<?> link, IVisit<String> visit) -> {
                    if ("link".equals(link.getId())
                            && column.equals(link.getPageParameters().get("sort").toString())) {
                        visit.stop(link.getPageRelativePath());
                    }
                });
        assertThat(path).as("sort link for " + column).isNotNull();
        return path;
    }

    private static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            rows.add(m.group(1));
        }
        return rows;
    }

    private static List<String> names(String html) {
        List<String> names = new ArrayList<>();
        for (String row : rows(html)) {
            Matcher m = NAME.matcher(row);
            assertThat(m.find()).as(row).isTrue();
            names.add(m.group(1));
        }
        return names;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }
}
