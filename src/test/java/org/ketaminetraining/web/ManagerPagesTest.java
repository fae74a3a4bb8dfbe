package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.fake.CertificationFakes;
import org.ketaminetraining.certification.fake.FakeOversight;
import org.ketaminetraining.certification.fake.FakeVerification;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.KnowledgeCurrency;
import org.ketaminetraining.certification.service.CertificateSummary;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.service.OverseenPerson;
import org.ketaminetraining.certification.service.ProgrammeStanding;
import org.ketaminetraining.certification.rules.ComplianceCount;
import org.ketaminetraining.compliance.CompletionTrend;
import org.ketaminetraining.compliance.Due;
import org.ketaminetraining.compliance.DueState;
import org.ketaminetraining.compliance.RecallHeatmap;
import org.ketaminetraining.certification.service.ComplianceDashboard;
import org.ketaminetraining.certification.service.DashboardOverview;
import org.ketaminetraining.compliance.service.PersonAssignment;
import org.ketaminetraining.certification.service.PersonOverview;
import org.ketaminetraining.certification.service.RecallMap;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.web.app.HomePage;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.reports.CompletionReportPage;
import org.ketaminetraining.web.reports.ManagerDashboardPage;
import org.ketaminetraining.web.reports.PersonOverviewPage;
import org.ketaminetraining.web.reports.RecallHeatmapPage;

/**
 * The manager's dashboard, a person's drill-down and the knowledge-decay heatmap, with the completion report's due
 * column and the dashboard's filters: who may open them, what they show, and that a manager never sees another
 * department.
 */
class ManagerPagesTest extends PageTestBase {

    private static final LocalDate TODAY = FakeComplianceDashboard.TODAY;

    private CertificationFakes certification;
    private FakeComplianceDashboard dashboard;
    private long managerId;

    @BeforeEach
    void registerServices() {
        certification = new CertificationFakes().register();
        dashboard = new FakeComplianceDashboard();
        TestServices.register(ComplianceDashboard.class, dashboard);
        managerId = people.create(people.user(adminId), new AccountDetails("mia", "Mia Manager", null,
                Set.of(Role.MANAGER), Set.of(), Set.of("ed"))).accountId();
        dashboard.departments.put("ed", department("ed", "Emergency department", 3));
        dashboard.departments.put("icu", department("icu", "Intensive care", 5));
        dashboard.people.put(7L, Map.entry("ed", person(7, "Jane Doe", "Emergency department")));
        dashboard.people.put(8L, Map.entry("icu", person(8, "Ivan Icu", "Intensive care")));
    }

    private static DashboardOverview.DepartmentOverview department(String code, String name, int expiring) {
        return FakeComplianceDashboard.department(code, name, expiring);
    }

    private static PersonOverview person(long id, String name, String department) {
        CompletionReport.Row row = withDue(FakeOversight.row(id, name, "ed", "Ketamine safety",
                CompletionStatus.CERTIFIED, 80, Optional.of(FakeVerification.VALID)),
                new Due(Optional.of(TODAY.minusDays(3)), DueState.OVERDUE, TODAY));
        OverseenPerson.Programme programme = new OverseenPerson.Programme(row, List.of(
                new ProgrammeStanding.ModuleStanding("dosing", "Dosing by indication", 20, 24)),
                KnowledgeCurrency.assess(Map.of("k1", 0.9, "k2", 0.7), 0.75), 2, List.of(new CertificateSummary(
                        "ABCD-EFGH", "ketamine-safety", "Ketamine safety", LocalDate.of(2024, 1, 2),
                        LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), CertificateStatus.EXPIRED, false, false,
                        Optional.empty())));
        return new PersonOverview(new OverseenPerson(id, name, name.toLowerCase().replace(' ', '.'),
                List.of(department), List.of(programme)),
                List.of(new PersonAssignment(1, id, "ketamine-safety",
                        "Ketamine safety", "role trainee in " + department, new Due(Optional.of(TODAY.plusDays(12)),
                                DueState.DUE_SOON, TODAY),
                        Instant.parse("2026-05-01T09:00:00Z"),
                        Optional.empty())));
    }

    private static CompletionReport.Row withDue(CompletionReport.Row r, Due due) {
        return new CompletionReport.Row(r.accountId(), r.displayName(), r.username(), r.departments(),
                r.programmeId(), r.programmeTitle(), r.status(), r.learnedPercent(), r.issuedOn(), r.validThrough(),
                r.certificateCode(), r.oversight(), due, r.lastActivity());
    }

    @Test
    void aDirectorOfManyDepartmentsPagesThroughThemTenAtATime() {
        for (int i = 1; i <= 10; i++) {
            String code = String.format("w%02d", i);
            dashboard.departments.put(code, department(code, "Ward " + code, 1));
        }
        signInAs(adminId);
        tester.executeUrl("manager");
        String first = tester.getLastResponseAsString();
        assertThat(first).contains("Departments 1 to 10 of 12", "manager?page=2", "Emergency department")
                .doesNotContain("Previous departments", "Ward w10");
        tester.executeUrl("manager?page=2");
        String second = tester.getLastResponseAsString();
        assertThat(second).contains("Departments 11 to 12 of 12", "Ward w10", "Previous departments",
                "manager?page=1").doesNotContain("Next departments", "Emergency department");
        tester.executeUrl("manager?page=99999999");
        assertThat(tester.getLastResponseAsString()).contains("Departments 1 to 10 of 12");
        assertThat(ManagerDashboardPage.pageAsked("3")).isEqualTo(3);
        assertThat(ManagerDashboardPage.pageAsked("0")).isEqualTo(1);
        assertThat(ManagerDashboardPage.pageAsked("x")).isEqualTo(1);
        assertThat(ManagerDashboardPage.pageAsked("9".repeat(10_000))).isEqualTo(1);
    }

    @Test
    void aManagerWhoUnsubscribedTurnsTheWeeklyDigestBackOnFromTheDashboard() {
        mail.optionalMails = false;
        signInAs(managerId);
        tester.executeUrl("manager");
        assertThat(tester.getLastResponseAsString()).contains("Send me the weekly digest by email")
                .doesNotContain("checked=\"checked\"");
        org.apache.wicket.util.tester.FormTester form = form("digest:form");
        form.setValue("digest", true);
        form.submit();
        assertThat(mail.optionalMails).isTrue();
        assertThat(tester.getLastResponseAsString()).contains("You will get the weekly digest by email.",
                "checked=\"checked\"");
    }

    @Test
    void theDashboardShowsOnlyTheManagersDepartmentsWithCountsLinkedToTheFilteredReport() {
        signInAs(managerId);
        tester.executeUrl("manager");
        tester.assertRenderedPage(ManagerDashboardPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Emergency department", "Ketamine safety", "10 trainees",
                "<caption>Counts, Ketamine safety, Emergency department</caption>",
                "<th scope=\"row\">Expiring within 30 days</th>",
                "dept=ed&amp;count=expiring-30&amp;prog=ketamine-safety",
                "<span>3</span><span class=\"visually-hidden\">: Expiring within 30 days, Ketamine safety, show them "
                        + "in the completion report</span>",
                "role=\"img\" aria-label=\"How people stand in Ketamine safety: 0 not started, 1 in progress, "
                        + "2 certified, 6 expired\"",
                "aria-label=\"Completion rate of Ketamine safety: 70% in July 2025, 60% in June 2026\"",
                "<th scope=\"row\">June 2026</th>", "<polyline points=\"")
                .doesNotContain("Intensive care", "style=\"", "<script");

        signInAs(adminId);
        tester.executeUrl("manager");
        assertThat(tester.getLastResponseAsString()).contains("Emergency department", "Intensive care");
    }

    @Test
    void aCountLinkOpensTheReportFilteredToThoseRowsWithTheDueColumnAndAWayBack() {
        certification.oversight.rows.add(withDue(FakeOversight.row(7, "Jane Doe", "ed", "Ketamine safety",
                CompletionStatus.EXPIRING_SOON, 100, Optional.of(FakeVerification.VALID)),
                new Due(Optional.of(TODAY.minusDays(3)), DueState.OVERDUE, TODAY)));
        certification.oversight.rows.add(withDue(FakeOversight.row(8, "Abe Able", "ed", "Ketamine safety",
                CompletionStatus.STUDYING, 40, Optional.empty()),
                new Due(Optional.of(TODAY.plusDays(1)),
                        DueState.DUE_SOON, TODAY)));
        signInAs(managerId);
        tester.executeUrl("reports/completion?dept=ed&due=overdue&prog=ketamine-safety");
        tester.assertRenderedPage(CompletionReportPage.class);
        assertThat(certification.oversight.reportQueries).last().isEqualTo(new CompletionQuery(Optional.of("ed"),
                Optional.empty(), CompletionQuery.Sort.NAME, true, 0, 25, Optional.of(DueState.OVERDUE),
                Optional.empty(), Optional.of("ketamine-safety")));
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<td class=\"report-due\" data-label=\"Due\">Overdue by 3 days</td>",
                "<option selected=\"selected\" value=\"overdue\">Overdue</option>",
                "href=\"../manager/person/7\"").doesNotContain("Abe Able");

        tester.executeUrl("reports/completion?dept=ed&count=in-progress");
        html = tester.getLastResponseAsString();
        assertThat(html).contains("Showing only:</wicket:message> <strong>in progress</strong>".replace(
                "</wicket:message>", ""), "Abe Able", "Due in 1 day").doesNotContain("Jane Doe");
        assertThat(certification.oversight.reportQueries).last().extracting(CompletionQuery::count)
                .isEqualTo(Optional.of(ComplianceCount.IN_PROGRESS));
        tester.clickLink("countNote:withoutCount");
        assertThat(certification.oversight.reportQueries).last().extracting(CompletionQuery::count)
                .isEqualTo(Optional.empty());
    }

    @Test
    void anUnknownDueStateOrCountIsNamedAndNoRowsPretendToBeFiltered() {
        certification.oversight.addPeople(4);
        signInAs(managerId);
        tester.executeUrl("reports/completion?count=expiring-45");
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<p id=\"report-filter-error\" class=\"alert alert-danger\">There is no filter "
                + "\u201ccount=expiring-45\u201d. A due date is one of not-assigned, met, due, due-soon, overdue; a "
                + "count one of not-started, in-progress, certified, expiring-30, expiring-60, expiring-90, expired, "
                + "overdue, refresher-due.</p>").doesNotContain("report-row", "rows match");
    }

    @Test
    void aPersonsPageShowsWhereTheyStandAndAnotherDepartmentsPersonIsNotFound() {
        signInAs(managerId);
        tester.executeUrl("manager/person/7");
        tester.assertRenderedPage(PersonOverviewPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<h1 id=\"person-heading\">Jane Doe (jane.doe)</h1>", "role trainee in Emergency",
                "Due in 12 days", "<caption>Progress per module, Ketamine safety</caption>", "Dosing by indication",
                "<td>20</td>", "<td>24</td>", "Overdue by 3 days", "Certified", "80%",
                "Safety-critical recall 80% predicted today (a refresher is due below 75%), over 2 items studied",
                "ABCD-EFGH", "Expired", "<time datetime=\"2024-01-02\">2 January 2024</time>");

        tester.executeUrl("manager/person/8");
        tester.assertRenderedPage(PersonOverviewPage.class);
        html = tester.getLastResponseAsString();
        assertThat(html).contains("person-not-found", "Person not found").doesNotContain("Ivan", "Intensive care");
        tester.executeUrl("manager/person/999");
        assertThat(tester.getLastResponseAsString()).contains("Person not found");
    }

    @Test
    void theHeatmapHasNumbersInEveryCellHeadersAndOnlyTheManagersDepartments() {
        dashboard.heatmap = new RecallMap(List.of(new RecallMap.Choice("ketamine-safety", "Ketamine safety"),
                new RecallMap.Choice("demo", "Demo")), Optional.of("ketamine-safety"), TODAY, TODAY.plusDays(30),
                List.of(new RecallMap.Choice("ed", "Emergency department"), new RecallMap.Choice("icu",
                        "Intensive care")),
                List.of(new RecallMap.Choice("dosing", "Dosing"),
                        new RecallMap.Choice("monitoring", "Monitoring")),
                List.of(
                        new RecallHeatmap.Cell("ed", "dosing", recall(4, 0.82, 0.61), recall(3, 0.75, 0.5)),
                        new RecallHeatmap.Cell("ed", "monitoring", recall(0, -1, -1), recall(0, -1, -1)),
                        new RecallHeatmap.Cell("icu", "dosing", recall(5, 0.9, 0.85), recall(5, 0.9, 0.8))));
        signInAs(managerId);
        tester.executeUrl("manager/heatmap?programme=ketamine-safety");
        tester.assertRenderedPage(RecallHeatmapPage.class);
        assertThat(dashboard.heatmapRequests).containsExactly(Optional.of("ketamine-safety"));
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<caption id=\"heatmap-caption\">Predicted recall in Ketamine safety: today "
                + "(1 June 2026) \u2192 in 30 days (1 July 2026), if nobody studies</caption>",
                "<th scope=\"col\"><span>Dosing</span></th>", "<th scope=\"row\">Emergency department</th>",
                "82% \u2192 61%", "Safety-critical: 75% \u2192 50%", "4 people", "recall-mid",
                "Safety-critical: no data", "No one studied this", "aria-current=\"page\"")
                .doesNotContain("Intensive care", "85%", "style=\"");
    }

    private static RecallHeatmap.Recall recall(int people, double now, double later) {
        return people == 0 ? new RecallHeatmap.Recall(0, OptionalDouble.empty(), OptionalDouble.empty())
                : new RecallHeatmap.Recall(people, OptionalDouble.of(now), OptionalDouble.of(later));
    }

    @Test
    void traineesAndEducatorsCannotOpenTheManagersPagesAndAManagerLandsOnTheDashboard() {
        for (long who : List.of(traineeId, educatorId)) {
            signInAs(who);
            for (Class<? extends org.apache.wicket.Page> page : List.of(ManagerDashboardPage.class,
                    RecallHeatmapPage.class)) {
                assertThatThrownBy(() -> tester.startPage(page)).isInstanceOf(
                        UnauthorizedInstantiationException.class);
            }
        }
        tester.setExposeExceptions(false);
        signInAs(educatorId);
        for (String url : List.of("manager", "manager/person/7", "manager/heatmap")) {
            tester.executeUrl(url);
            tester.assertRenderedPage(AccessDeniedPage.class);
            assertThat(tester.getLastResponse().getStatus()).as(url).isEqualTo(403);
        }
        assertThat(TestServices.calls()).noneMatch(call -> call.startsWith("ComplianceDashboard."));

        signInAs(managerId);
        tester.startPage(HomePage.class);
        tester.assertRenderedPage(ManagerDashboardPage.class);
        signInAs(adminId);
        tester.startPage(HomePage.class);
        tester.assertRenderedPage(HomePage.class);
        assertThat(tester.getLastResponseAsString()).contains(">Compliance dashboard</span>");
    }
}
