package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.certification.fake.CertificationFakes;
import org.ketaminetraining.certification.fake.FakeOversight;
import org.ketaminetraining.certification.fake.FakeVerification;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionQuery.Sort;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.compliance.Due;
import org.ketaminetraining.compliance.DueState;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.pub.LoginPage;

/** The completion report's XLSX and PDF downloads: the page's links, the rows of the view, who may have them. */
class CompletionExportPagesTest extends PageTestBase {

    private CertificationFakes certification;
    private long managerId;

    @BeforeEach
    void registerCertification() {
        certification = new CertificationFakes();
        certification.register();
        managerId = people.add("manager", "manager-password-1", Set.of(Role.MANAGER));
        CompletionReport.Row hostile = FakeOversight.row(7, "=HYPERLINK(\"http://evil\")", "ed", "Ketamine safety",
                CompletionStatus.CERTIFIED, 100, Optional.of(FakeVerification.VALID));
        certification.oversight.rows.add(withDue(hostile, new Due(Optional.of(LocalDate.of(2026, 12, 10)),
                DueState.DUE_SOON, LocalDate.of(2026, 12, 7)), Instant.parse("2026-12-01T09:30:00Z")));
        certification.oversight.rows.add(FakeOversight.row(8, "Анна Петрова", "ed", "Ketamine safety",
                CompletionStatus.STUDYING, 35, Optional.empty()));
        certification.oversight.rows.add(FakeOversight.row(9, "Ivy Icu", "icu", "Ketamine safety",
                CompletionStatus.STUDYING, 50, Optional.empty()));
    }

    @Test
    void theReportLinksBothDownloadsWithItsFiltersAndSort() {
        signInAs(managerId);
        tester.executeUrl("reports/completion?dept=ed&sort=progress&dir=desc");
        String page = tester.getLastResponseAsString();
        assertThat(link(page, "download-xlsx")).isEqualTo("completion.xlsx?dept=ed&amp;sort=progress&amp;dir=desc");
        assertThat(link(page, "download-pdf")).isEqualTo("completion.pdf?dept=ed&amp;sort=progress&amp;dir=desc");
        assertThat(page).contains(">Download Excel (XLSX)</a>", ">Download PDF</a>");
    }

    @Test
    void theXlsxHoldsTheRowsOfTheViewAsTextWithTheDueDateAndFormulasNeutralised() throws Exception {
        signInAs(managerId);
        tester.executeUrl("reports/completion.xlsx?dept=ed&sort=progress&dir=desc");

        assertThat(certification.oversight.reportQueries).last().isEqualTo(new CompletionQuery(Optional.of("ed"),
                Optional.empty(), Sort.PROGRESS, false, 0, 0));
        assertThat(tester.getLastResponse().getContentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(tester.getLastResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"completion-report.xlsx\"");
        List<Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(tester.getLastResponse().getBinaryContent()))) {
            workbook.getFirstSheet().openStream().forEach(rows::add);
        }
        assertThat(rows).hasSize(3);
        assertThat(cells(rows.get(0))).containsExactly("name", "username", "departments", "programme", "status",
                "progress_percent", "issued_on", "valid_through", "certificate_code", "due_on", "due_state",
                "last_activity");
        List<String> first = cells(rows.get(1));
        assertThat(first.get(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(first.subList(4, 6)).containsExactly("Certified", "100");
        assertThat(first.subList(9, 12)).containsExactly("10 December 2026", "Due soon (in 3 days)",
                "1 Dec 2026, 10:30"); // the test site is in Europe/Berlin
        assertThat(cells(rows.get(2)).get(0)).isEqualTo("Анна Петрова");
        assertThat(cells(rows.get(2)).get(10)).isEqualTo("Not assigned");
    }

    @Test
    void thePdfPrintsTheFiltersAndRows() throws Exception {
        signInAs(managerId);
        tester.executeUrl("reports/completion.pdf?dept=ed&status=studying");

        assertThat(tester.getLastResponse().getContentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(tester.getLastResponse().getBinaryContent())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Completion report", "Department: Emergency department", "Status: Studying",
                    "Анна Петрова", "Page 1 of 1").doesNotContain("Ivy Icu");
        }
    }

    @Test
    void traineesAreRefusedAndVisitorsSentToSignIn() {
        tester.setExposeExceptions(false);
        for (String url : List.of("reports/completion.xlsx", "reports/completion.pdf")) {
            tester.executeUrl(url);
            tester.assertRenderedPage(LoginPage.class);
        }
        signInAs(traineeId);
        for (String url : List.of("reports/completion.xlsx", "reports/completion.pdf")) {
            tester.executeUrl(url);
            tester.assertRenderedPage(AccessDeniedPage.class);
            assertThat(tester.getLastResponse().getStatus()).as(url).isEqualTo(403);
        }
        assertThat(certification.oversight.reportQueries).isEmpty();
    }

    @Test
    void anUnknownStatusIsRefusedRatherThanExportingEveryone() {
        signInAs(managerId);
        tester.setExposeExceptions(false);
        tester.executeUrl("reports/completion.xlsx?status=withdrawn");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(400);
        assertThat(certification.oversight.reportQueries).isEmpty();
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getCellText(i));
        }
        return cells;
    }

    private static String link(String page, String id) {
        Matcher link = Pattern.compile("<a id=\"" + id + "\" class=\"[^\"]*\" href=\"\\./([^\"]*)\"").matcher(page);
        assertThat(link.find()).as(id).isTrue();
        return link.group(1);
    }

    private static CompletionReport.Row withDue(CompletionReport.Row row, Due due, Instant lastActivity) {
        return new CompletionReport.Row(row.accountId(), row.displayName(), row.username(), row.departments(),
                row.programmeId(), row.programmeTitle(), row.status(), row.learnedPercent(), row.issuedOn(),
                row.validThrough(), row.certificateCode(), row.oversight(), due, Optional.of(lastActivity));
    }
}
