package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.service.AssessmentService;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.OverseenPerson;
import org.ketaminetraining.certification.signing.VerificationCode;
import org.ketaminetraining.certification.rules.ComplianceCount;
import org.ketaminetraining.compliance.CompletionTrend;
import org.ketaminetraining.compliance.RecallHeatmap;
import org.ketaminetraining.certification.service.ComplianceDashboard;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.service.DashboardOverview;
import org.ketaminetraining.certification.service.PersonOverview;
import org.ketaminetraining.certification.service.RecallMap;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.fixtures.SampleAnswers;
import org.ketaminetraining.study.service.StudyService;

/**
 * The manager's dashboard on the real server and database, through the demo programme: a manager sees only their
 * departments, the counts are the completion report's, the trend reads history (a certificate issued in a past
 * month counts in that month; people count from when they were assigned), the drill-down names no answers, and the
 * heatmap reads memory states. (JUnit's assertions: the test runs inside the server.)
 */
@ExtendWith(ArquillianExtension.class)
class ComplianceDashboardIT {

    private static final String PROGRAMME = DemoCertificates.DEMO_PROGRAMME;

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("compliance-dashboard-it.war", ComplianceDashboardIT.class,
                CertificationQueries.class, ComplianceHistoryQueries.class, SampleAnswers.class,
                DemoCertificates.class);
    }

    @Inject
    private ComplianceDashboard dashboard;
    @Inject
    private ComplianceOversight oversight;
    @Inject
    private AssessmentService assessments;
    @Inject
    private StudyService study;
    @Inject
    private AccountService accounts;
    @Inject
    private CertificationQueries certificates;
    @Inject
    private ComplianceHistoryQueries history;
    @Inject
    private Callers callers;
    @Inject
    private AppSettings settings;

    private DemoCertificates demo() {
        return new DemoCertificates(callers, accounts, study, assessments);
    }

    private LocalDate today() {
        return LocalDate.now(settings.zone());
    }

    @Test
    void aManagerSeesOnlyTheirDepartmentsAndEveryCountMatchesTheReportFilteredByIt() {
        String ward = demo().department();
        String other = demo().department();
        long certified = demo().newTrainee(ward);
        demo().certify(certified);
        long studying = demo().newTrainee(ward);
        demo().studyEverythingCorrectly(studying);
        demo().newTrainee(ward);
        long elsewhere = demo().newTrainee(other);
        SignedInUser manager = callers.newManager(ward);

        DashboardOverview overview = dashboard.overview(manager);
        assertEquals(List.of(ward), overview.departments().stream().map(DashboardOverview.DepartmentOverview::code)
                .toList());
        DashboardOverview.ProgrammeOverview demoProgramme = programme(overview, ward);
        assertEquals(3, demoProgramme.people());
        assertEquals(1, demoProgramme.count(ComplianceCount.CERTIFIED));
        assertEquals(1, demoProgramme.count(ComplianceCount.NOT_STARTED));
        assertEquals(1, demoProgramme.count(ComplianceCount.IN_PROGRESS));
        for (ComplianceCount count : ComplianceCount.values()) {
            int reported = oversight.completionReport(manager, new CompletionQuery(Optional.of(ward),
                    Optional.empty(), CompletionQuery.Sort.NAME, true, 0, 0, Optional.empty(), Optional.of(count)))
                    .rows().stream().filter(r -> r.programmeId().equals(PROGRAMME)).toList().size();
            assertEquals(reported, demoProgramme.count(count), count.name());
        }

        assertTrue(dashboard.person(manager, certified).isPresent());
        assertTrue(dashboard.person(manager, elsewhere).isEmpty(), "another department's person is not shown");
        assertTrue(dashboard.person(manager, 987_654_321L).isEmpty());
        assertTrue(dashboard.heatmap(manager, Optional.of(PROGRAMME)).departments().stream()
                .noneMatch(d -> d.key().equals(other)));
        assertTrue(dashboard.overview(callers.admin()).departments().stream().anyMatch(d -> d.code().equals(other)));

        SignedInUser trainee = callers.byId(studying);
        assertThrows(SecurityException.class, () -> dashboard.overview(trainee));
        assertThrows(SecurityException.class, () -> dashboard.person(trainee, studying));
        assertThrows(SecurityException.class, () -> dashboard.heatmap(trainee, Optional.empty()));
        SignedInUser educator = callers.newAccount(Set.of(Role.EDUCATOR), Set.of(ward), Set.of());
        assertThrows(SecurityException.class, () -> dashboard.overview(educator));
    }

    @Test
    void theReportsPagesByNameAreSlicesOfTheFullReportAndTheDashboardPagesDepartments() {
        String ward = demo().department();
        for (int i = 0; i < 4; i++) {
            demo().newTrainee(ward);
        }
        SignedInUser admin = callers.admin();
        for (boolean ascending : new boolean[]{true, false}) {
            // maxResults 0 reads and sorts every row; a page by name evaluates only its own people.
            List<String> full = keys(oversight.completionReport(admin, new CompletionQuery(Optional.empty(),
                    Optional.empty(), CompletionQuery.Sort.NAME, ascending, 0, 0)));
            assertTrue(full.size() >= 8, "rows: " + full.size());
            for (int first : new int[]{0, 1, 3, full.size() - 2, full.size()}) {
                CompletionReport page = oversight.completionReport(admin, new CompletionQuery(Optional.empty(),
                        Optional.empty(), CompletionQuery.Sort.NAME, ascending, first, 5));
                assertEquals(full.size(), page.totalRows(), "total at " + first);
                assertEquals(full.subList(first, Math.min(full.size(), first + 5)), keys(page),
                        "page from " + first + (ascending ? " ascending" : " descending"));
            }
        }
        List<String> wardPage = keys(oversight.completionReport(admin, new CompletionQuery(Optional.of(ward),
                Optional.empty(), CompletionQuery.Sort.NAME, true, 0, 3, Optional.empty(), Optional.empty(),
                Optional.of(PROGRAMME))));
        assertEquals(3, wardPage.size());
        assertTrue(wardPage.stream().allMatch(key -> key.endsWith("/" + PROGRAMME)), wardPage.toString());

        DashboardOverview all = dashboard.overview(admin);
        DashboardOverview second = dashboard.overview(admin, 1, 1);
        assertEquals(all.departments().size(), second.totalDepartments());
        assertEquals(1, second.firstDepartment());
        assertEquals(List.of(all.departments().get(1).code()), second.departments().stream()
                .map(DashboardOverview.DepartmentOverview::code).toList());
        assertEquals(programme(all, all.departments().get(1).code()).people(),
                programme(second, all.departments().get(1).code()).people());
        DashboardOverview pastTheEnd = dashboard.overview(admin, 1_000_000, 1);
        assertEquals(all.departments().size() - 1, pastTheEnd.firstDepartment(), "the last page");
    }

    private static List<String> keys(CompletionReport report) {
        return report.rows().stream().map(r -> r.accountId() + "/" + r.programmeId()).toList();
    }

    @Test
    void theTrendReadsHistoryACertificateIssuedInAPastMonthCountsInThatMonth() {
        String ward = demo().department();
        long holder = demo().newTrainee(ward);
        long other = demo().newTrainee(ward);
        Instant yearAgo = Instant.now().minus(400, ChronoUnit.DAYS);
        history.createdAt(holder, yearAgo);
        history.createdAt(other, yearAgo);
        String code = demo().certify(holder);
        LocalDate issued = today().minusMonths(4);
        certificates.moveCertificate(VerificationCode.parse(code).orElseThrow().canonical(), issued,
                issued.plusMonths(24));
        SignedInUser manager = callers.newManager(ward);

        DashboardOverview.ProgrammeOverview demoProgramme = programme(dashboard.overview(manager), ward);
        assertFalse(demoProgramme.trendByAssignments());
        CompletionTrend.Month before = month(demoProgramme, YearMonth.from(issued).minusMonths(1));
        CompletionTrend.Month issuedMonth = month(demoProgramme, YearMonth.from(issued));
        assertEquals(2, before.expected());
        assertEquals(0, before.certified(), "not yet issued");
        assertEquals(1, issuedMonth.certified());
        assertEquals(Optional.of(50), issuedMonth.percent());

        // Once the programme is assigned in the department, the people then assigned are who count.
        history.assignedSince(other, PROGRAMME, Instant.now().minus(60, ChronoUnit.DAYS));
        demoProgramme = programme(dashboard.overview(manager), ward);
        assertTrue(demoProgramme.trendByAssignments());
        assertEquals(0, month(demoProgramme, YearMonth.from(today()).minusMonths(3)).expected());
        CompletionTrend.Month now = demoProgramme.trend().get(CompletionTrend.MONTHS - 1);
        assertEquals(1, now.expected());
        assertEquals(0, now.certified(), "the holder is not assigned; the assigned person holds none");
    }

    @Test
    void theDrillDownShowsStandingCertificatesAndRecallButNoAnswersAndTheHeatmapCountsPeople() {
        String ward = demo().department();
        long holder = demo().newTrainee(ward);
        String code = demo().certify(holder);
        SignedInUser manager = callers.newManager(ward);

        PersonOverview overview = dashboard.person(manager, holder).orElseThrow();
        OverseenPerson.Programme demoProgramme = overview.person().programmes().stream()
                .filter(p -> p.row().programmeId().equals(PROGRAMME)).findFirst().orElseThrow();
        assertEquals(1, demoProgramme.certificates().size());
        assertEquals(CertificateStatus.VALID, demoProgramme.certificates().get(0).status());
        assertEquals(VerificationCode.parse(code).orElseThrow().toString(), demoProgramme.certificates().get(0)
                .code());
        assertTrue(demoProgramme.modules().stream().allMatch(m -> m.learned() <= m.total()));
        assertTrue(overview.person().lastActivity().isPresent());
        assertTrue(demoProgramme.currency().averageRecall().isPresent() == (demoProgramme.safetyCriticalStudied() > 0));
        // The record types carry no answers: nothing in the drill-down names a question or a response.
        assertFalse(overview.toString().contains("Response"), overview.toString());

        RecallMap map = dashboard.heatmap(manager, Optional.of(PROGRAMME));
        assertEquals(List.of(ward), map.departments().stream().map(RecallMap.Choice::key).toList());
        assertFalse(map.modules().isEmpty());
        RecallHeatmap.Cell first = map.cell(ward, map.modules().get(0).key()).orElseThrow();
        assertEquals(1, first.all().people());
        assertTrue(first.all().now().getAsDouble() >= first.all().later().getAsDouble(),
                "recall falls when nobody studies");
        assertEquals(today().plusDays(30), map.later());
    }

    private static DashboardOverview.ProgrammeOverview programme(DashboardOverview overview, String ward) {
        return overview.departments().stream().filter(d -> d.code().equals(ward)).findFirst().orElseThrow()
                .programmes().stream().filter(p -> p.programmeId().equals(PROGRAMME)).findFirst().orElseThrow();
    }

    private static CompletionTrend.Month month(DashboardOverview.ProgrammeOverview programme, YearMonth month) {
        return programme.trend().stream().filter(m -> m.month().equals(month)).findFirst().orElseThrow();
    }
}
