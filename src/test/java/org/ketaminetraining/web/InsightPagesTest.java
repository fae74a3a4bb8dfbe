package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.insight.service.CalibrationInsights;
import org.ketaminetraining.insight.service.ItemInsights;
import org.ketaminetraining.insight.service.ParameterFitting;
import org.ketaminetraining.web.layout.AccessDeniedPage;

/** The item analysis, item, calibration and scheduling pages through WicketTester, over the insight fakes. */
class InsightPagesTest extends PageTestBase {

    private FakeInsights insights;

    @BeforeEach
    void registerInsights() {
        insights = new FakeInsights();
        TestServices.register(ItemInsights.class, insights);
        TestServices.register(CalibrationInsights.class, insights);
        TestServices.register(ParameterFitting.class, insights);
    }

    @Test
    void theItemTableShowsEveryFigureTheFlaggedItemsAndLinksToTheEditor() {
        signInAs(educatorId);
        tester.executeUrl("insight/items");
        String page = tester.getLastResponseAsString();

        assertThat(page).contains("Items of Ketamine safety, each person&#039;s first final attempt",
                "pharm-001", "75% (65\u201380%)", "0.41 (0.21 to 0.61)", "Safety &lt;checks&gt;",
                "1 item needs checking.",
                "Discrimination is -0.12: people who do well on the rest get it wrong.",
                "31% of sure answers were wrong", "author/question/safety-002",
                "low discrimination, confidently wrong", "0.81", "Computed 1 Jun 2026, 11:30",
                "No figure is shown for an item with fewer than 20 responses");
        // safety-003 has 4 responses: its figures are withheld, shown as dashes, never as 0%.
        String row = page.substring(page.indexOf(">safety-003<"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<div>\u2013</div>").doesNotContainPattern("<div>[0-9.]+%");
        assertThat(insights.calls).containsExactly("analysis ketamine-safety first");
    }

    @Test
    void filtersAndSortsLiveInTheAddress() {
        signInAs(educatorId);
        tester.executeUrl("insight/items?programme=ketamine-safety&flagged=1&sort=discrimination&attempts=all");
        String page = tester.getLastResponseAsString();

        assertThat(page).contains("safety-002", "every final attempt", "aria-sort=\"ascending\"", "52")
                .doesNotContain(">pharm-001<");
        assertThat(insights.calls).containsExactly("analysis ketamine-safety all");

        tester.executeUrl("insight/items?programme=ketamine-safety&module=pharmacology&sort=item&dir=desc");
        assertThat(tester.getLastResponseAsString()).contains("pharm-001").doesNotContain(">safety-002<")
                .contains("aria-sort=\"descending\"");
    }

    @Test
    void recalculatingAsksTheServiceAndShowsTheTableAgain() {
        signInAs(educatorId);
        tester.executeUrl("insight/items?programme=ketamine-safety");
        form("content:summary:recalculate").submit("now");

        assertThat(insights.calls).contains("recalculate ketamine-safety");
        assertThat(tester.getLastResponseAsString()).contains("id=\"insight-table\"");
    }

    @Test
    void anItemsPageHasItsAnswersAsAChartAndATableAndItsMonths() {
        signInAs(adminId);
        tester.executeUrl("insight/item?programme=ketamine-safety&item=safety-002");
        String page = tester.getLastResponseAsString();

        assertThat(page).contains("Item safety-002", "<svg", "role=\"img\"", "NMDA receptor",
                "Mu-opioid &lt;receptor&gt;", "<strong>ketamine</strong>", "Apr 2026", "May 2026", "70%", "76%",
                "Discrimination is -0.12", "author/question/safety-002", "34 days (40 people reached it)")
                .doesNotContain("<receptor>");
        // Shares of each answer: 30 of 38 everyone, 12 of 13 in the top third.
        assertThat(page).contains("79%", "92%");

        tester.executeUrl("insight/item?programme=ketamine-safety&item=no-such-item");
        assertThat(tester.getLastResponseAsString()).contains("Not found").doesNotContain("<svg");
    }

    @Test
    void calibrationShowsEachSetsFiguresAndBins() {
        signInAs(educatorId);
        tester.executeUrl("insight/calibration");
        String page = tester.getLastResponseAsString();

        assertThat(page).contains("FSRS-6 defaults (fsrs6-default)", "0.0312", "0.3310", "0.702",
                "Fitted set in use (fit-7-ketamine-safety)", "80 to 85%", "83%", "78%", "<svg");
        form("content:recalculate").submit("now");
        assertThat(insights.calls).contains("calibration ketamine-safety afresh");
    }

    @Test
    void anAdministratorFitsAndRollsBackAndAnEducatorOnlyLooks() {
        insights.activeVersion = "fit-7-ketamine-safety";
        signInAs(educatorId);
        tester.executeUrl("admin/scheduling");
        assertThat(tester.getLastResponseAsString()).contains("fit-7-ketamine-safety", "0.3400 \u2192 0.3300",
                "Finished").doesNotContain("scheduling-fit", "scheduling-roll-back");

        signInAs(adminId);
        tester.executeUrl("admin/scheduling");
        form("content:actions").submit("fit");
        assertThat(insights.calls).contains("start ketamine-safety");
        String running = tester.getLastResponseAsString();
        assertThat(running).contains("The fit has started", "Running since", "42%: Fitting to 40,000 reviews",
                "<progress", "aria-live=\"polite\"");

        form("content:actions").submit("fit");
        assertThat(tester.getLastResponseAsString()).contains("already in progress");

        insights.running = false;
        tester.executeUrl("admin/scheduling");
        form("content:actions").submit("rollBack");
        assertThat(insights.calls).contains("rollBack ketamine-safety");
        assertThat(tester.getLastResponseAsString()).contains("Rolled back").doesNotContain("scheduling-roll-back");
    }

    @Test
    void traineesAreRefusedEveryInsightPage() {
        tester.setExposeExceptions(false);
        signInAs(traineeId);
        for (String url : new String[]{"insight/items", "insight/calibration", "admin/scheduling",
            "insight/item?programme=ketamine-safety&item=pharm-001"}) {
            tester.executeUrl(url);
            assertThat(tester.getLastRenderedPage()).as(url).isInstanceOf(AccessDeniedPage.class);
        }
        assertThat(insights.calls).isEmpty();
    }
}
