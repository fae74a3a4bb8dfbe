package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.MatchingResponse;
import org.ketaminetraining.bank.model.NumericResponse;
import org.ketaminetraining.bank.model.OrderingResponse;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.TextResponse;
import org.ketaminetraining.bank.model.TrueFalseResponse;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.scheduling.grading.Confidence;
import org.ketaminetraining.study.NewQuestionsToday;
import org.ketaminetraining.study.PredictedRecall;
import org.ketaminetraining.study.ReviewsDue;
import org.ketaminetraining.study.service.AnswerSubmission;
import org.ketaminetraining.study.service.Dashboard;
import org.ketaminetraining.study.service.LearnerSettings;
import org.ketaminetraining.study.service.StudyOutlook;
import org.ketaminetraining.web.app.HomePage;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.learner.DashboardPage;
import org.ketaminetraining.web.learner.LearnerSettingsPage;
import org.ketaminetraining.web.learner.StudyHistoryPage;
import org.ketaminetraining.web.learner.StudyPage;
import org.ketaminetraining.web.pub.LoginPage;

class LearnerPagesTest extends PageTestBase {

    private static final String FORM = "study:form";
    private static final String PANEL = "answer:panel:";

    // ---------------------------------------------------------------- every page renders, for trainees only

    @Test
    void everyLearnerPageRendersForATrainee() {
        signInAs(traineeId);
        for (Class<? extends BasePage> page : List.of(DashboardPage.class, StudyPage.class,
                LearnerSettingsPage.class, StudyHistoryPage.class)) {
            tester.startPage(page);
            tester.assertRenderedPage(page);
            String html = tester.getLastResponseAsString();
            assertThat(html).contains("<main id=\"main\"", "<h1", ">Dashboard</span>", ">Study</span>",
                    ">History</span>", ">Settings</span>");
            assertThat(html).doesNotContain("style=\"", " onclick=", " onkeydown=");
        }
    }

    @Test
    void everyScriptOnTheLearnerPagesCarriesTheNonceOfTheStrictPolicyInTheHeader() {
        study.settings = new LearnerSettings(10, ZoneId.of("Europe/London"), true, "ward-nurses");
        signInAs(traineeId);
        for (Class<? extends BasePage> page : List.of(DashboardPage.class, StudyPage.class,
                LearnerSettingsPage.class, StudyHistoryPage.class)) {
            tester.startPage(page);
            tester.assertRenderedPage(page);
            // The response the page was served with, after the redirect to the buffered render (stateful pages):
            // the header must be on that one (BasePage#setHeaders), not only on the redirect.
            String csp = tester.getLastResponse().getHeader("Content-Security-Policy");
            assertThat(csp).as("CSP header of %s", page.getSimpleName()).isNotNull();
            String scriptSrc = directive(csp, "script-src");
            assertThat(scriptSrc).doesNotContain("'unsafe-inline'", "'unsafe-eval'");
            Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scriptSrc);
            assertThat(nonce.find()).as("a nonce in %s", scriptSrc).isTrue();
            String html = tester.getLastResponseAsString();
            int scripts = assertEveryScriptHasTheNonce(html, nonce.group(1));
            if (page == StudyPage.class) {
                // The study page has both kinds: its own files and Wicket's inline Ajax set-up.
                assertThat(scripts).isGreaterThanOrEqualTo(3);
                assertThat(html).contains("focus-on-load", "study-shortcuts", " nonce=\"" + nonce.group(1) + "\"");
            }
        }
    }

    @Test
    void theScriptCheckCatchesAScriptWithoutTheNonce() {
        String nonce = "abc123";
        assertThat(assertEveryScriptHasTheNonce("<script src=\"/a.js\" defer nonce=\"abc123\"></script>"
                + "<script type=\"text/javascript\" nonce=\"abc123\">ok()</script>", nonce)).isEqualTo(2);
        for (String bad : List.of("<script type=\"text/javascript\">bad()</script>",
                "<SCRIPT>bad()</SCRIPT>", "<script nonce=\"other\">bad()</script>",
                "<script nonce=\"abc1234\">bad()</script>", "<script src=\"/a.js\"></script>")) {
            assertThatThrownBy(() -> assertEveryScriptHasTheNonce(bad, nonce))
                    .as(bad).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void learnerPagesAreMountedWhereTheLinksSay() {
        signInAs(traineeId);
        for (Map.Entry<String, Class<? extends BasePage>> mount : Map.<String, Class<? extends BasePage>>of(
                "dashboard", DashboardPage.class, "study", StudyPage.class,
                "study/settings", LearnerSettingsPage.class, "study/history", StudyHistoryPage.class).entrySet()) {
            tester.executeUrl(mount.getKey());
            tester.assertRenderedPage(mount.getValue());
        }
    }

    @Test
    void anAdministratorWithoutTheTraineeRoleIsRefusedAndSeesNoStudyLinks() {
        signInAs(adminId);
        for (Class<? extends BasePage> page : List.of(DashboardPage.class, StudyPage.class,
                LearnerSettingsPage.class, StudyHistoryPage.class)) {
            assertThatThrownBy(() -> tester.startPage(page)).isInstanceOf(UnauthorizedInstantiationException.class);
        }
        tester.startPage(HomePage.class);
        tester.assertRenderedPage(HomePage.class);
        assertThat(tester.getLastResponseAsString()).doesNotContain(">Dashboard</span>", ">Study</span>");
        // Through a URL, as a browser asks, the refusal is the plain-words 403 page.
        tester.setExposeExceptions(false);
        tester.executeUrl("study");
        tester.assertRenderedPage(AccessDeniedPage.class);
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(403);
        assertThat(study.presentations).isEmpty();
    }

    @Test
    void studyIsPausedWhileAnAssessmentIsUnderWay() {
        study.pausedLearners.add(traineeId);
        signInAs(traineeId);
        tester.startPage(StudyPage.class);
        tester.assertRenderedPage(StudyPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Study is paused during your assessment", "Back to the assessment")
                .doesNotContain("You're done for now", "data-question-type");
        assertThat(study.presentations).isEmpty();

        study.pausedLearners.clear();
        tester.startPage(StudyPage.class);
        assertThat(tester.getLastResponseAsString()).doesNotContain("Study is paused").contains("data-question-type");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        for (Class<? extends BasePage> page : List.of(DashboardPage.class, StudyPage.class,
                LearnerSettingsPage.class, StudyHistoryPage.class)) {
            tester.startPage(page);
            tester.assertRenderedPage(LoginPage.class);
        }
        assertThat(study.presentations).isEmpty();
    }

    @Test
    void aTraineeOnlyLandsOnTheDashboardAndOtherTraineesGetALinkToIt() {
        signInAs(traineeId);
        tester.startPage(HomePage.class);
        tester.assertRenderedPage(DashboardPage.class);

        long mixed = people.add("mixed", "mixed-password-1", Set.of(Role.TRAINEE, Role.EDUCATOR));
        signInAs(mixed);
        tester.startPage(HomePage.class);
        tester.assertRenderedPage(HomePage.class);
        tester.assertVisible("trainee:dashboardLink");
        tester.clickLink("trainee:dashboardLink");
        tester.assertRenderedPage(DashboardPage.class);
    }

    // ---------------------------------------------------------------- dashboard

    @Test
    void dashboardShowsTheFiguresTheTablesAndTheWayIn() {
        signInAs(traineeId);
        tester.startPage(DashboardPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Ketamine safety for ward nurses", ">Due now</dt>", ">Due later today</dt>",
                ">New questions left today</dt>", "Days studied in a row", ">Start studying</a>",
                "Dosing by indication", "10 of 24 (41%)",
                "aria-label=\"Dosing by indication: 41% learned\"", "87%", "Not started",
                "<caption>Reviews due on each of the next seven days", ">Today</th>", ">Tomorrow</th>",
                ">Monday 30 November</th>", "<meter", "Modules complete: 0 of 2",
                "Questions learned: 10 of 42 (23%)",
                "The final assessment unlocks when all required modules are complete.");
        assertThat(html).containsPattern("<progress[^>]*value=\"10\"[^>]*max=\"24\"");
        tester.assertInvisible("nothingDue");
        tester.clickLink("start");
        tester.assertRenderedPage(StudyPage.class);
    }

    /**
     * Issue 13: "Reviews due now 7" beside "Today 40" looked contradictory. Each figure now says what it counts, and
     * they add up: due now + due later today = the forecast's today.
     */
    @Test
    void dueNowAndDueLaterTodayAddUpToTodayAndEachSaysWhatItCounts() {
        study.dashboard = FakeStudy.dashboard(7, 3, List.of(40, 2, 0, 0, 0, 0, 0));
        signInAs(traineeId);
        tester.startPage(DashboardPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(figure(html, "Due now")).startsWith("7").contains(
                "Questions you have studied that are ready for review at this moment, including any that are overdue.");
        assertThat(figure(html, "Due later today")).startsWith("33").contains(
                "Questions you answered in the last few minutes come back after a short wait, before your study day "
                        + "ends at 04:00.");
        assertThat(between(html, ">Today</th>", "</tr>")).contains(">40</span>");
        assertThat(html).contains("Today counts everything due before your study day ends: what is due now, "
                + "including anything overdue, and what comes back later today.");
    }

    @Test
    void newQuestionsLeftTodayExplainsTheLimitThatAllProgrammesShare() {
        study.dashboard = FakeStudy.dashboard(0, 4, List.of(0, 0, 0, 0, 0, 0, 0));
        signInAs(traineeId);
        tester.startPage(DashboardPage.class);
        assertThat(figure(tester.getLastResponseAsString(), "New questions left today")).startsWith("4").contains(
                "You may start 10 new questions a day across all your programmes, and have started 6 today.")
                .doesNotContain("another programme");

        // The limit used up in another programme: none left here, and the dashboard says whose they were.
        study.dashboard = FakeStudy.dashboard(limitUsedElsewhere(Optional.empty()), List.of(0, 0, 0, 0, 0, 0, 0));
        tester.startPage(DashboardPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(figure(html, "New questions left today")).startsWith("0").contains(
                "have started 10 today. 10 of them were in another programme.");
        assertThat(html).contains("Nothing is due right now, and no reviews fall due in the next seven days. "
                + "You have started all 10 new questions for today across your programmes.");
    }

    @Test
    void predictedRecallIsExplainedAndShownOnlyOnceEnoughQuestionsAreStudied() {
        Dashboard base = FakeStudy.dashboard(0, 0, List.of(0, 0, 0, 0, 0, 0, 0));
        study.dashboard = new Dashboard(base.programmeTitle(), base.today(), base.outlook(), 0, List.of(
                new Dashboard.ModuleProgress("dosing", "Dosing by indication", 24, 9, 0,
                        new PredictedRecall.ModuleRecall(9, 3, OptionalDouble.of(1.0 / 9))),
                new Dashboard.ModuleProgress("monitoring", "Monitoring and emergence", 18, 2, 0,
                        new PredictedRecall.ModuleRecall(2, 3, OptionalDouble.empty())),
                new Dashboard.ModuleProgress("airway", "Airway", 12, 0, 0,
                        new PredictedRecall.ModuleRecall(0, 3, OptionalDouble.empty()))),
                base.nextSevenDays(), base.certification());
        signInAs(traineeId);
        tester.startPage(DashboardPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains(">Predicted recall today</th>", "<td>11%</td>",
                "<td>Shown after 3 studied (2 so far)</td>", "<td>Not started</td>",
                "Predicted recall today: how likely you are to remember the questions of each module today, from "
                        + "your past answers. A question whose last answer was wrong counts as 0% until you answer it right. "
                        + "Questions you have not studied do not count, and a module shows a percentage once you have "
                        + "studied 3 of its questions.");
        assertThat(html).doesNotContain("Average predicted recall");
    }

    @Test
    void whenNothingIsDueTheDashboardSaysWhenTheNextReviewsComeAndStillLinksToStudy() {
        study.dashboard = FakeStudy.dashboard(0, 0, List.of(0, 4, 0, 0, 0, 0, 0));
        signInAs(traineeId);
        tester.startPage(DashboardPage.class);
        assertThat(tester.getLastResponseAsString()).contains(
                "Nothing is due right now. Your next reviews are due tomorrow (4).", ">Start studying</a>");
        study.dashboard = FakeStudy.dashboard(0, 0, List.of(0, 0, 0, 0, 0, 0, 0));
        tester.startPage(DashboardPage.class);
        assertThat(tester.getLastResponseAsString()).contains("no reviews fall due in the next seven days");
        // Repeats pending later today: how many, and when the first comes back.
        study.dashboard = FakeStudy.dashboard(0, 0, List.of(3, 0, 0, 0, 0, 0, 0));
        tester.startPage(DashboardPage.class);
        assertThat(tester.getLastResponseAsString()).contains(
                "Nothing is due right now. Due later today: 3, the first today at 09:10.");
    }

    /** Nothing due, every new question of the day started in another programme, the next review in 3 hours. */
    private static StudyOutlook limitUsedElsewhere(Optional<Instant> nextDue) {
        return new StudyOutlook(new ReviewsDue.Counts(0, 0), new NewQuestionsToday(10, 10, 10, 8), nextDue,
                FakeStudy.NEXT_STUDY_DAY, FakeStudy.NOW, ZoneId.of("Europe/London"));
    }

    /** The text of one figure of the dashboard's list: its dd after the dt named {@code term}. */
    private static String figure(String html, String term) {
        String after = html.substring(html.indexOf(">" + term + "</dt>"));
        return between(after, "<dd", "</dd>").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    // ---------------------------------------------------------------- every question type

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void eachTypeShowsTheStemAsLegendWithLabelledInputs(QuestionType type) {
        startStudy(type);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("data-question-type=\"" + type.yamlName() + "\"", "id=\"submit-answer\"",
                "id=\"session-progress\"", "Question 1 of 1", "aria-describedby=\"answer-error");
        String fieldset = between(html, "<fieldset", "</fieldset>");
        String stem = FakeStudy.QUESTIONS.get(type).stem().replace("**IV**", "<strong>IV</strong>");
        assertThat(fieldset).containsPattern("<legend[^>]*>" + Pattern.quote(stem) + "</legend>");
        assertEveryInputIsLabelled(fieldset);
        assertThat(html).doesNotContain("draggable");
        assertThat(html).contains("How sure are you?", "for=\"confidence-low\"", "for=\"confidence-high\"");
        // The live region is in the page, empty, before there is anything to announce.
        assertThat(html).contains("role=\"status\" aria-live=\"polite\"><span id=\"study-announcement\"></span>");
    }

    @Test
    void singleChoiceRightAnswer() {
        answerRight(QuestionType.SINGLE_CHOICE, f -> f.select(PANEL + "group", 1), ChoiceResponse.of(1));
        assertThat(tester.getLastResponseAsString()).contains("Yes: dissociation from 1 mg/kg.");
    }

    @Test
    void multipleResponseRightAnswer() {
        startStudy(QuestionType.MULTIPLE_RESPONSE);
        assertThat(tester.getLastResponseAsString()).contains("Select all that apply.",
                "aria-describedby=\"answer-error answer-hint\"");
        answerRight(null, f -> f.selectMultiple(PANEL + "group", new int[]{0, 2}), ChoiceResponse.of(0, 2));
    }

    @Test
    void trueFalseRightAnswer() {
        answerRight(QuestionType.TRUE_FALSE, f -> f.select(PANEL + "group", 1), new TrueFalseResponse(false));
        assertThat(tester.getLastResponseAsString()).contains("Right: they are common in adults.");
    }

    @Test
    void numericRightAnswerShowsTheUnitInTheName() {
        startStudy(QuestionType.NUMERIC);
        assertThat(tester.getLastResponseAsString()).contains("inputmode=\"decimal\"",
                "aria-labelledby=\"answer-number-label answer-number-unit\"", "id=\"answer-number-unit\"",
                ">mg</span>");
        answerRight(null, f -> f.setValue(PANEL + "value", "12.5"), new NumericResponse(new BigDecimal("12.5")));
    }

    @Test
    void numericAcceptsADecimalComma() {
        answerRight(QuestionType.NUMERIC, f -> f.setValue(PANEL + "value", " 12,5 "),
                new NumericResponse(new BigDecimal("12.5")));
    }

    @Test
    void orderingRightAnswerUsesTheAuthoredIndexes() {
        startStudy(QuestionType.ORDERING);
        String html = tester.getLastResponseAsString();
        // Shown in the presentation's order: item 2 first, then 0, then 1.
        assertThat(html.indexOf("Monitor until recovery")).isLessThan(html.indexOf("Check the airway equipment"));
        assertThat(html).contains(">Position</option>");
        answerRight(null, f -> {
            f.select(PANEL + "rows:0:position", 2);
            f.select(PANEL + "rows:1:position", 0);
            f.select(PANEL + "rows:2:position", 1);
        }, OrderingResponse.of(0, 1, 2));
    }

    @Test
    void matchingRightAnswerUsesTheAuthoredIndexes() {
        startStudy(QuestionType.MATCHING);
        assertThat(tester.getLastResponseAsString()).contains(">Choose a match</option>");
        answerRight(null, f -> {
            f.select(PANEL + "rows:0:match", 2);
            f.select(PANEL + "rows:1:match", 0);
            f.select(PANEL + "rows:2:match", 1);
        }, new MatchingResponse(Map.of(0, 0, 1, 1, 2, 2)));
    }

    @Test
    void shortTextRightAnswer() {
        answerRight(QuestionType.SHORT_TEXT, f -> f.setValue(PANEL + "text", "nmda Receptor"),
                new TextResponse("nmda Receptor"));
    }

    @Test
    void aWrongSingleChoiceShowsIncorrectTheRightAnswerAndTheOptionFeedback() {
        answerWrong(QuestionType.SINGLE_CHOICE, f -> f.select(PANEL + "group", 0));
        String html = tester.getLastResponseAsString();
        assertThat(section(html, "right-answer-heading")).contains("1 to 2 mg/kg");
        assertThat(section(html, "your-answer-heading")).contains("0.1 mg/kg");
        assertThat(html).contains("That is an <em>analgesic</em> dose.");
    }

    @Test
    void aWrongTrueFalseShowsTheRightValue() {
        answerWrong(QuestionType.TRUE_FALSE, f -> f.select(PANEL + "group", 0));
        String html = tester.getLastResponseAsString();
        assertThat(section(html, "your-answer-heading")).contains(">True<");
        assertThat(section(html, "right-answer-heading")).contains(">False<");
    }

    @Test
    void aWrongNumberShowsTheAnswerWithUnitAndTolerance() {
        answerWrong(QuestionType.NUMERIC, f -> f.setValue(PANEL + "value", "25"));
        String html = tester.getLastResponseAsString();
        assertThat(section(html, "your-answer-heading")).contains("25 mg");
        assertThat(section(html, "right-answer-heading")).contains("12.5 mg (\u00b1 0.5)");
    }

    @Test
    void aWrongOrderShowsTheAuthoredOrderAsANumberedList() {
        answerWrong(QuestionType.ORDERING, f -> {
            f.select(PANEL + "rows:0:position", 0);
            f.select(PANEL + "rows:1:position", 1);
            f.select(PANEL + "rows:2:position", 2);
        });
        assertThat(study.submissions.get(0).response()).isEqualTo(OrderingResponse.of(2, 0, 1));
        String right = section(tester.getLastResponseAsString(), "right-answer-heading");
        assertThat(right).containsPattern("<ol[^>]*>\\s*<li><span>Check the airway equipment</span></li>\\s*"
                + "<li><span>Give the dose</span></li>\\s*<li><span>Monitor until recovery</span></li>\\s*</ol>");
    }

    @Test
    void aWrongMatchShowsThePairs() {
        answerWrong(QuestionType.MATCHING, f -> {
            f.select(PANEL + "rows:0:match", 0);
            f.select(PANEL + "rows:1:match", 0);
            f.select(PANEL + "rows:2:match", 1);
        });
        String html = tester.getLastResponseAsString();
        assertThat(section(html, "your-answer-heading")).contains("Emergence agitation: Glycopyrronium");
        assertThat(section(html, "right-answer-heading")).contains("Emergence agitation: Midazolam",
                "Hypersalivation: Glycopyrronium", "Laryngospasm: Positive pressure ventilation");
    }

    @Test
    void aWrongShortTextShowsTheCanonicalAnswerNotTheToleratedSpellings() {
        // The fake's short-text question accepts "NMDA" (canonical), then "NMDA receptor" and the slip "NDMA".
        answerWrong(QuestionType.SHORT_TEXT, f -> f.setValue(PANEL + "text", "<b>GABA</b>"));
        String html = tester.getLastResponseAsString();
        assertThat(section(html, "your-answer-heading")).contains("&lt;b&gt;GABA&lt;/b&gt;");
        String right = section(html, "right-answer-heading");
        assertThat(right).contains(">NMDA<").doesNotContain("NMDA receptor", "NDMA");
        assertThat(right.split("<li", -1)).hasSize(2);
    }

    @Test
    void aRightShortTextTypedAsAToleratedSpellingStillShowsTheCanonicalAnswer() {
        answerRight(QuestionType.SHORT_TEXT, f -> f.setValue(PANEL + "text", "ndma"), new TextResponse("ndma"));
        String html = tester.getLastResponseAsString();
        assertThat(section(html, "your-answer-heading")).contains(">ndma<");
        assertThat(section(html, "right-answer-heading")).contains(">NMDA<").doesNotContain("NDMA");
    }

    @Test
    void aWrongMultipleResponseShowsEveryCorrectOption() {
        answerWrong(QuestionType.MULTIPLE_RESPONSE, f -> f.selectMultiple(PANEL + "group", new int[]{0}));
        String right = section(tester.getLastResponseAsString(), "right-answer-heading");
        assertThat(right).contains("Oxygen saturation", "Airway patency").doesNotContain("Hair colour");
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void anEmptyAnswerIsRefusedAtTheFieldsetAndNothingIsRecorded(QuestionType type) {
        startStudy(type);
        form(FORM).submit("submit");
        tester.assertRenderedPage(StudyPage.class);
        String html = tester.getLastResponseAsString();
        String expected = switch (type) {
            case SINGLE_CHOICE -> "Choose an answer.";
            case MULTIPLE_RESPONSE -> "Choose at least one answer.";
            case TRUE_FALSE -> "Choose true or false.";
            case NUMERIC -> "Enter a number, for example 12.5.";
            case ORDERING -> "Give every item a position.";
            case MATCHING -> "Choose a match for every item.";
            case SHORT_TEXT -> "Type your answer.";
        };
        assertThat(between(html, "id=\"answer-error\"", "</div>")).contains(expected);
        assertThat(html).containsPattern("<fieldset[^>]*aria-invalid=\"true\"");
        assertThat(html).contains("id=\"submit-answer\"").doesNotContain("id=\"feedback-result\"");
        assertThat(study.submissions).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = QuestionType.class, names = {"SINGLE_CHOICE", "MULTIPLE_RESPONSE", "TRUE_FALSE", "ORDERING",
        "MATCHING"})
    void anEmptyChoiceIsOneErrorAtTheFieldsetAndNoOptionIsMarkedWrong(QuestionType type) {
        startStudy(type);
        String before = between(tester.getLastResponseAsString(), "<fieldset", "</fieldset>");
        assertThat(before).doesNotContain("aria-invalid").doesNotContain("data-focus-on-load");
        form(FORM).submit("submit");
        String html = tester.getLastResponseAsString();
        String fieldset = between(html, "<fieldset", "</fieldset>");
        // The group is the fieldset whose legend is the question; it names the error, and says it in words.
        assertThat(fieldset).containsPattern("^<fieldset(?=[^>]*aria-invalid=\"true\")"
                + "(?=[^>]*aria-describedby=\"answer-error[ \"])[^>]*>\\s*<legend\\b");
        String error = elementText(html, "answer-error").replaceAll("<[^>]+>", "").strip();
        assertThat(error).startsWith("Error: ").containsPattern("Error: (Choose|Give every item)");
        assertThat(between(html, "id=\"answer-error\"", "</div>").split("<li", -1)).hasSize(2);
        // No option, checkbox or select is painted as a wrong answer: nothing was answered yet.
        List<String> controls = Pattern.compile("<(?:input|select)\\b[^>]*>").matcher(fieldset).results()
                .map(MatchResult::group).toList();
        assertThat(controls).isNotEmpty().allSatisfy(control -> assertThat(control)
                .doesNotContain("aria-invalid", "is-invalid"));
        // The error text takes focus when the page loads (focus-on-load.js), and can take it (tabindex=-1).
        assertThat(html).containsPattern("<div(?=[^>]*id=\"answer-error\")(?=[^>]*tabindex=\"-1\")"
                + "(?=[^>]*data-focus-on-load=\"true\")[^>]*>");
        assertThat(study.submissions).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = QuestionType.class, names = {"SINGLE_CHOICE", "MULTIPLE_RESPONSE", "TRUE_FALSE", "ORDERING",
        "MATCHING"})
    void choosingAfterARefusalClearsTheErrorOnTheNextRender(QuestionType type) {
        startStudy(type);
        form(FORM).submit("submit");
        assertThat(tester.getLastResponseAsString()).contains("aria-invalid=\"true\"");
        FormTester form = form(FORM);
        switch (type) {
            case SINGLE_CHOICE, TRUE_FALSE -> form.select(PANEL + "group", 0);
            case MULTIPLE_RESPONSE -> form.selectMultiple(PANEL + "group", new int[]{0});
            case ORDERING -> {
                form.select(PANEL + "rows:0:position", 0);
                form.select(PANEL + "rows:1:position", 1);
                form.select(PANEL + "rows:2:position", 2);
            }
            default -> {
                form.select(PANEL + "rows:0:match", 0);
                form.select(PANEL + "rows:1:match", 1);
                form.select(PANEL + "rows:2:match", 2);
            }
        }
        form.submit("submit");
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("id=\"feedback-result\"").doesNotContain("aria-invalid", "is-invalid", "Error: ");
        assertThat(study.submissions).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = QuestionType.class, names = {"ORDERING", "MATCHING"})
    void aPartlyGivenAnswerMarksOnlyTheRowsLeftOpenAndTheNextRenderForgetsThem(QuestionType type) {
        startStudy(type);
        String select = type == QuestionType.ORDERING ? "position" : "match";
        form(FORM).select(PANEL + "rows:1:" + select, 0).submit("submit");
        String fieldset = between(tester.getLastResponseAsString(), "<fieldset", "</fieldset>");
        List<String> selects = Pattern.compile("<select\\b[^>]*>").matcher(fieldset).results()
                .map(MatchResult::group).toList();
        assertThat(selects).hasSize(3);
        assertThat(selects.get(0)).contains("aria-invalid=\"true\"");
        assertThat(selects.get(1)).doesNotContain("aria-invalid");
        assertThat(selects.get(2)).contains("aria-invalid=\"true\"");

        // Shown again (a reload), the page no longer holds the refused answer against the rows. The end of the
        // request drops the rendered error message in production; WicketTester keeps it for inspection unless told.
        tester.cleanupFeedbackMessages();
        tester.startPage(tester.getLastRenderedPage());
        assertThat(between(tester.getLastResponseAsString(), "<fieldset", "</fieldset>"))
                .doesNotContain("aria-invalid", "is-invalid");
    }

    @Test
    void anEmptyAjaxChoiceMarksTheFieldsetNotTheOptionsAndFocusesTheError() {
        startStudy(QuestionType.MULTIPLE_RESPONSE);
        form(FORM);
        tester.executeAjaxEvent(FORM + ":submit", "click");
        String ajax = tester.getLastResponseAsString();
        assertThat(ajax).contains("Choose at least one answer.", "Wicket.Focus.setFocusOnId('answer-error')")
                .containsPattern("<fieldset[^>]*aria-invalid=\"true\"");
        assertThat(ajax).doesNotContainPattern("<input[^>]*(aria-invalid|is-invalid)");
    }

    @Test
    void aTooLongTypedAnswerIsAFieldErrorNotAnException() {
        startStudy(QuestionType.SHORT_TEXT);
        assertThat(tester.getLastResponseAsString())
                .containsPattern("<input[^>]*id=\"answer-text\"[^>]*maxlength=\"500\"");
        form(FORM).setValue(PANEL + "text", "N".repeat(501)).submit("submit");
        tester.assertRenderedPage(StudyPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(elementText(html, "answer-error"))
                .contains("Your answer is too long: keep it to 500 characters or fewer.");
        assertThat(html).containsPattern("<input[^>]*id=\"answer-text\"[^>]*aria-invalid=\"true\"")
                .containsPattern("<div(?=[^>]*id=\"answer-error\")(?=[^>]*data-focus-on-load=\"true\")[^>]*>");
        assertThat(study.submissions).isEmpty();

        // 500 characters are accepted and reach the service as typed.
        form(FORM).setValue(PANEL + "text", "N".repeat(500)).submit("submit");
        assertThat(study.submissions).extracting(AnswerSubmission::response)
                .containsExactly(new TextResponse("N".repeat(500)));
    }

    @Test
    void aTooLongNumberIsRefusedAsAFieldError() {
        startStudy(QuestionType.NUMERIC);
        assertThat(tester.getLastResponseAsString())
                .containsPattern("<input[^>]*id=\"answer-number\"[^>]*maxlength=\"40\"");
        form(FORM).setValue(PANEL + "value", "1".repeat(41)).submit("submit");
        tester.assertRenderedPage(StudyPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(elementText(html, "answer-error"))
                .contains("Enter a number, for example 12.5: at most 40 characters.");
        assertThat(html).containsPattern("<input[^>]*id=\"answer-number\"[^>]*aria-invalid=\"true\"");
        assertThat(study.submissions).isEmpty();
    }

    @Test
    void somethingThatIsNotANumberIsRefused() {
        startStudy(QuestionType.NUMERIC);
        FormTester form = form(FORM);
        form.setValue(PANEL + "value", "12.5.1");
        form.submit("submit");
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Enter a number, for example 12.5: digits");
        assertThat(html).containsPattern("<input[^>]*id=\"answer-number\"[^>]*aria-invalid=\"true\"");
        assertThat(study.submissions).isEmpty();
    }

    @Test
    void anOrderingWithAPositionUsedTwiceIsRefused() {
        startStudy(QuestionType.ORDERING);
        FormTester form = form(FORM);
        form.select(PANEL + "rows:0:position", 0);
        form.select(PANEL + "rows:1:position", 0);
        form.select(PANEL + "rows:2:position", 1);
        form.submit("submit");
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Each position can be used once. Used more than once: 1.");
        assertThat(html.split("aria-invalid=\"true\"", -1)).hasSize(4); // the fieldset and the two selects
        assertThat(study.submissions).isEmpty();
    }

    // ---------------------------------------------------------------- the flow

    @Test
    void submitThenFeedbackThenTheNextQuestion() {
        startStudy(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
        assertThat(tester.getLastResponseAsString()).contains("Question 1 of 2");
        FormTester form = form(FORM);
        form.select(PANEL + "group", 1);
        form.select("confidence", 2);
        form.submit("submit");
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("id=\"feedback-result\"", "tabindex=\"-1\"", ">Correct</span>",
                "role=\"status\" aria-live=\"polite\"", "id=\"next-question\"", "Because <strong>the label</strong>",
                "href=\"https://example.org/label\"", "BNF 86, ketamine monograph",
                "This question comes back on 2026-11-30 09:00 (Europe/London).");
        assertThat(between(html, "id=\"study-announcement\"", "</span>")).contains("Correct");
        assertThat(html).doesNotContain("id=\"submit-answer\"", "already recorded");
        assertThat(study.submissions.get(0).confidence()).isEqualTo(Confidence.HIGH);

        tester.clickLink("study:outcome:next");
        tester.assertRenderedPage(StudyPage.class);
        html = tester.getLastResponseAsString();
        assertThat(html).contains("data-question-type=\"true_false\"", "Question 2 of 2");
        form(FORM).select(PANEL + "group", 0).submit("submit");
        assertThat(tester.getLastResponseAsString()).contains(">Incorrect</span>", "\u2717");
        assertThat(study.submissions).hasSize(2);
        assertThat(study.submissions.get(1).confidence()).isEqualTo(Confidence.NOT_STATED);

        tester.clickLink("study:outcome:next");
        assertThat(tester.getLastResponseAsString()).contains("You're done for now");
    }

    @Test
    void anAjaxSubmitReplacesTheFormAndMovesFocusToTheResult() {
        startStudy(QuestionType.SHORT_TEXT);
        FormTester form = form(FORM);
        form.setValue(PANEL + "text", "NMDA");
        tester.executeAjaxEvent(FORM + ":submit", "click");
        String ajax = tester.getLastResponseAsString();
        assertThat(ajax).contains("<ajax-response>", "feedback-result", "Correct",
                "<component id=\"study-announcement\"", "Wicket.Focus.setFocusOnId('feedback-result')");
        assertThat(study.submissions).extracting(AnswerSubmission::response).containsExactly(new TextResponse("NMDA"));
    }

    @Test
    void anEmptyAjaxSubmitShowsTheErrorAndFocusesIt() {
        startStudy(QuestionType.SHORT_TEXT);
        form(FORM);
        tester.executeAjaxEvent(FORM + ":submit", "click");
        String ajax = tester.getLastResponseAsString();
        assertThat(ajax).contains("Type your answer.", "Wicket.Focus.setFocusOnId('answer-error')");
        assertThat(study.submissions).isEmpty();
    }

    @Test
    void aTooLongAjaxAnswerIsRefusedByTheFormAndTheErrorIsFocused() {
        startStudy(QuestionType.SHORT_TEXT);
        form(FORM).setValue(PANEL + "text", "a".repeat(501));
        tester.executeAjaxEvent(FORM + ":submit", "click");
        String ajax = tester.getLastResponseAsString();
        assertThat(ajax).contains("<component id=\"study-view\"",
                "Your answer is too long: keep it to 500 characters or fewer.",
                "Wicket.Focus.setFocusOnId('answer-error')");
        assertThat(study.submissions).isEmpty();
    }

    @Test
    void anAnswerAlreadyRecordedElsewhereIsShownAsSuchAndNotRecordedTwice() {
        startStudy(QuestionType.SINGLE_CHOICE);
        String token = study.openToken(traineeId);
        // Another tab answers first; this tab still shows the form and sends its own answer.
        study.submit(traineeId, new AnswerSubmission(token, ChoiceResponse.of(1), Confidence.NOT_STATED));
        FormTester form = form(FORM);
        form.select(PANEL + "group", 0);
        form.submit("submit");
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("This answer was already recorded.", ">Correct</span>");
        assertThat(study.submissions).hasSize(1);
    }

    @Test
    void theSameQuestionSubmittedFromTwoTabsIsRecordedOnce() {
        startStudy(QuestionType.SINGLE_CHOICE);
        org.apache.wicket.Page secondTab = tester.getLastRenderedPage();
        tester.startPage(StudyPage.class);
        form(FORM).select(PANEL + "group", 1).submit("submit");
        assertThat(tester.getLastResponseAsString()).doesNotContain("already recorded");

        // The second tab still shows the form for the same presentation and sends it, choosing another option.
        sameSite();
        org.apache.wicket.markup.html.form.Form<?> form =
                (org.apache.wicket.markup.html.form.Form<?>) secondTab.get(FORM);
        tester.getRequest().setMethod("POST");
        tester.getRequest().getPostParameters().setParameterValue("answer:panel:group",
                ((org.apache.wicket.markup.html.form.Radio<?>) form.get(PANEL + "group:options:0:radio")).getValue());
        tester.getRequest().getPostParameters().setParameterValue(
                ((org.apache.wicket.markup.html.form.Button) form.get("submit")).getInputName(), "");
        tester.executeListener(form);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("This answer was already recorded.", ">Correct</span>");
        assertThat(study.submissions).hasSize(1);
    }

    @Test
    void reopeningAnAnsweredPresentationShowsItsOutcomeNotTheForm() {
        startStudy(QuestionType.NUMERIC, QuestionType.SHORT_TEXT);
        org.apache.wicket.Page page = tester.getLastRenderedPage();
        form(FORM).setValue(PANEL + "value", "12.5").submit("submit");
        // Back to the question as it was first shown: the recorded outcome, not a second chance.
        tester.startPage(page);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("id=\"feedback-result\"", ">Correct</span>").doesNotContain("id=\"submit-answer\"");
        assertThat(study.submissions).hasSize(1);
    }

    @Test
    void whenNothingIsLeftTheLearnerIsDoneForNow() {
        study.ask();
        signInAs(traineeId);
        tester.startPage(StudyPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("You're done for now").doesNotContain("<form class=\"study-form\"");
        tester.assertInvisible("study");
        tester.clickLink("done:dashboardLink");
        tester.assertRenderedPage(DashboardPage.class);
    }

    /**
     * Issue 13: after a programme switch the shared daily limit said "You're done for now" with no hint why. Now
     * the page says the limit is used up and where, when reviews and new questions come back, and links to the
     * setting.
     */
    @Test
    void whenTheDailyLimitWasUsedInAnotherProgrammeTheStudyPageSaysSoAndLinksToSettings() {
        study.ask();
        study.dashboard = FakeStudy.dashboard(limitUsedElsewhere(Optional.of(FakeStudy.NOW.plus(Duration.ofHours(3)))),
                List.of(0, 0, 0, 0, 0, 0, 0));
        signInAs(traineeId);
        tester.startPage(StudyPage.class);
        String done = between(tester.getLastResponseAsString(), "id=\"done-heading\"", "</section>")
                .replaceAll("\\s+", " ");
        assertThat(done).contains("You're done for now",
                "You have started all 10 new questions for today across your programmes, and nothing else is due. "
                        + "10 of them were in another programme.",
                "Reviews come back when they are due: the next one today at 12:00.",
                "New questions start again tomorrow at 04:00.",
                "To start more today, raise your number of new questions per day in your study settings.");
        tester.clickLink("done:limit:settingsLink");
        tester.assertRenderedPage(LearnerSettingsPage.class);
        assertThat(tester.getLastResponseAsString()).contains("The limit is for all your programmes together: "
                + "questions started in one programme count in the others that day.");
    }

    @Test
    void theDonePageSaysWhenNoNewQuestionIsAllowedOrEveryQuestionIsStarted() {
        study.ask();
        study.dashboard = FakeStudy.dashboard(new StudyOutlook(new ReviewsDue.Counts(0, 0),
                new NewQuestionsToday(0, 0, 0, 8), Optional.empty(), FakeStudy.NEXT_STUDY_DAY, FakeStudy.NOW,
                ZoneId.of("Europe/London")), List.of(0, 0, 0, 0, 0, 0, 0));
        signInAs(traineeId);
        tester.startPage(StudyPage.class);
        assertThat(tester.getLastResponseAsString()).contains(
                "Your study settings allow no new questions a day, and nothing else is due.");
        tester.assertVisible("done:limit:settingsLink");
        tester.assertInvisible("done:nextReview");

        study.dashboard = FakeStudy.dashboard(new StudyOutlook(new ReviewsDue.Counts(0, 0),
                new NewQuestionsToday(10, 2, 0, 0), Optional.of(Instant.parse("2026-11-30T04:00:00Z")),
                FakeStudy.NEXT_STUDY_DAY, FakeStudy.NOW, ZoneId.of("Europe/London")), List.of(0, 0, 0, 0, 0, 0, 0));
        tester.startPage(StudyPage.class);
        assertThat(tester.getLastResponseAsString()).contains(
                "You have started every question of this programme, and nothing else is due.",
                "Reviews come back when they are due: the next one on Monday 30 November at 04:00.");
        tester.assertInvisible("done:limit");
    }

    @Test
    void theQuestionCounterSaysItCountsTodayInThisProgramme() {
        startStudy(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
        assertThat(tester.getLastResponseAsString()).contains("Question 1 of 2 today",
                "Counts your answers today in this programme and the questions waiting now. A question you get "
                        + "wrong comes back a few minutes later, so the total can grow.");
        assertThat(study.outlookCalls).as("the outlook is read only when nothing is left to ask").isZero();
    }

    @Test
    void theDonePageLooksAgainWhenItIsShownAgain() {
        study.ask();
        signInAs(traineeId);
        tester.startPage(StudyPage.class);
        org.apache.wicket.Page done = tester.getLastRenderedPage();
        assertThat(tester.getLastResponseAsString()).contains("You're done for now", ">Check again</a>");
        // Shown again with still nothing to do: still done, and no presentation was made.
        tester.startPage(done);
        assertThat(tester.getLastRenderedPage()).isSameAs(done);
        assertThat(tester.getLastResponseAsString()).contains("You're done for now");
        assertThat(study.presentations).isEmpty();

        // A review falls due; the same page (a reload of /study?N) now shows it, in a fresh page.
        study.queue.add(FakeStudy.QUESTIONS.get(QuestionType.TRUE_FALSE));
        tester.startPage(done);
        tester.assertRenderedPage(StudyPage.class);
        assertThat(tester.getLastRenderedPage()).isNotSameAs(done);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("data-question-type=\"true_false\"").doesNotContain("You're done for now");
        assertThat(study.presentations).hasSize(1);
        form(FORM).select(PANEL + "group", 1).submit("submit");
        assertThat(study.submissions).extracting(AnswerSubmission::response)
                .containsExactly(new TrueFalseResponse(false));
    }

    @Test
    void checkAgainOnTheDonePageOpensAFreshStudyPage() {
        study.ask();
        signInAs(traineeId);
        tester.startPage(StudyPage.class);
        study.queue.add(FakeStudy.QUESTIONS.get(QuestionType.SINGLE_CHOICE));
        tester.clickLink("done:checkAgain");
        tester.assertRenderedPage(StudyPage.class);
        assertThat(tester.getLastResponseAsString()).contains("data-question-type=\"single_choice\"");
    }

    @Test
    void shortcutsAreLoadedAndExplainedOnlyWhenTurnedOn() {
        startStudy(QuestionType.SINGLE_CHOICE);
        assertThat(tester.getLastResponseAsString()).contains("component.FocusOnLoad/focus-on-load").doesNotContain(
                "study-shortcuts",
                "Keyboard shortcuts:");
        study.settings = new LearnerSettings(10, ZoneId.of("Europe/London"), true, "ward-nurses");
        tester.startPage(StudyPage.class);
        assertThat(tester.getLastResponseAsString()).contains("learner.StudyPage/study-shortcuts",
                "Keyboard shortcuts: 1 to 9");
    }

    // ---------------------------------------------------------------- settings

    @Test
    void settingsAreSaved() {
        signInAs(traineeId);
        tester.startPage(LearnerSettingsPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("<label for=\"newItemsPerDay\"", "<label for=\"timeZone\"",
                "<label for=\"keyboardShortcuts\"", "<label for=\"programmeId\"", "Europe/London",
                "Procedural sedation in the emergency department");
        FormTester form = form("form");
        form.setValue("newItemsPerDay", "20");
        form.select("timeZone", java.util.stream.Stream.of(ZoneId.getAvailableZoneIds().toArray(new String[0]))
                .sorted().toList().indexOf("Australia/Sydney"));
        form.setValue("keyboardShortcuts", true);
        form.select("programme:programmeId", 1);
        form.submit();
        tester.assertRenderedPage(LearnerSettingsPage.class);
        assertThat(tester.getLastResponseAsString()).contains("Your study settings are saved.");
        assertThat(study.settings).isEqualTo(new LearnerSettings(20, ZoneId.of("Australia/Sydney"), true,
                "ed-staff"));
    }

    @Test
    void aRefusedSettingIsShownAtItsField() {
        study.refuseSave = ValidationException.of("newItemsPerDay",
                "Your department allows at most 15 new questions a day.");
        signInAs(traineeId);
        tester.startPage(LearnerSettingsPage.class);
        FormTester form = form("form");
        form.setValue("newItemsPerDay", "50");
        form.submit();
        String html = tester.getLastResponseAsString();
        assertThat(between(html, "id=\"newItemsPerDay-error\"", "</div>"))
                .contains("Your department allows at most 15 new questions a day.");
        assertThat(html).containsPattern("<input[^>]*id=\"newItemsPerDay\"[^>]*aria-invalid=\"true\"");
        assertThat(study.settings.newItemsPerDay()).isEqualTo(10);
    }

    @Test
    void anOutOfRangeNumberIsRefusedBeforeReachingTheService() {
        signInAs(traineeId);
        tester.startPage(LearnerSettingsPage.class);
        FormTester form = form("form");
        form.setValue("newItemsPerDay", "500");
        form.submit();
        assertThat(between(tester.getLastResponseAsString(), "id=\"newItemsPerDay-error\"", "</div>"))
                .contains("New questions per day must be from 0 to 200.");
        assertThat(study.settings.newItemsPerDay()).isEqualTo(10);
    }

    @Test
    void aMegabyteOfDigitsIsRefusedAtOnceAsTooLong() {
        signInAs(traineeId);
        tester.startPage(LearnerSettingsPage.class);
        FormTester form = form("form");
        form.setValue("newItemsPerDay", "9".repeat(1_000_000));
        long started = System.nanoTime();
        form.submit();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(between(tester.getLastResponseAsString(), "id=\"newItemsPerDay-error\"", "</div>"))
                .contains("New questions per day is too long: enter at most 40 characters.");
        assertThat(study.settings.newItemsPerDay()).isEqualTo(10);
        // Not a benchmark: Wicket's own number converter needs minutes for a megabyte (it is quadratic); refused
        // before conversion, the whole request takes well under a second even on a loaded machine.
        assertThat(millis).as("milliseconds to refuse").isLessThan(2_000);
    }

    @Test
    void withOneProgrammeThereIsNothingToChoose() {
        study.programmes = List.of(study.programmes.get(0));
        signInAs(traineeId);
        tester.startPage(LearnerSettingsPage.class);
        tester.assertInvisible("form:programme");
        FormTester form = form("form");
        form.setValue("newItemsPerDay", "5");
        form.submit();
        assertThat(study.settings.programmeId()).isEqualTo("ward-nurses");
        assertThat(study.settings.newItemsPerDay()).isEqualTo(5);
    }

    // ---------------------------------------------------------------- history

    @Test
    void historySaysSoWhenThereIsNothingYet() {
        signInAs(traineeId);
        tester.startPage(StudyHistoryPage.class);
        assertThat(tester.getLastResponseAsString()).contains("You have not answered any questions yet.");
        tester.assertInvisible("content");
    }

    @Test
    void historyPagesThroughPastReviewsNewestFirst() {
        study.answeredBefore(30);
        signInAs(traineeId);
        tester.startPage(StudyHistoryPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Accuracy by module", ">30</td>", ">15</td>", ">50%</td>",
                "Reviews 1 to 25 of 30, newest first.", "question-1<", "question-25<", "Stem of question 1",
                "2026-11-27 08:00 (Europe/London)", ">Correct</td>", ">Incorrect</td>", ">Good</td>", ">Again</td>",
                ">12.3</td>", "<th scope=\"col\">");
        assertThat(html).doesNotContain("question-26<");
        tester.assertInvisible("content:pager:newer");
        tester.clickLink("content:pager:older");
        html = tester.getLastResponseAsString();
        assertThat(html).contains("Reviews 26 to 30 of 30", "question-26<", "question-30<");
        tester.assertInvisible("content:pager:older");
        tester.assertVisible("content:pager:newer");
        tester.startPage(StudyHistoryPage.class, new PageParameters().add("page", 1));
        assertThat(tester.getLastResponseAsString()).contains("question-30<");
    }

    // ---------------------------------------------------------------- helpers

    private void startStudy(QuestionType... types) {
        study.ask(types);
        signInAs(traineeId);
        tester.startPage(StudyPage.class);
        tester.assertRenderedPage(StudyPage.class);
    }

    /** Starts the type (unless null: already started), answers it right, checks what reached the service. */
    private void answerRight(QuestionType type, Consumer<FormTester> fill, Response expected) {
        if (type != null) {
            startStudy(type);
        }
        FormTester form = form(FORM);
        fill.accept(form);
        form.submit("submit");
        tester.assertRenderedPage(StudyPage.class);
        assertThat(study.submissions).extracting(AnswerSubmission::response).containsExactly(expected);
        String html = tester.getLastResponseAsString();
        assertThat(between(html, "id=\"feedback-result\"", "</h2>")).contains(">Correct</span>", "\u2713");
        assertThat(html).doesNotContain("id=\"submit-answer\"", ">Incorrect<");
    }

    private void answerWrong(QuestionType type, Consumer<FormTester> fill) {
        startStudy(type);
        FormTester form = form(FORM);
        fill.accept(form);
        form.submit("submit");
        assertThat(study.submissions).hasSize(1);
        assertThat(between(tester.getLastResponseAsString(), "id=\"feedback-result\"", "</h2>"))
                .contains(">Incorrect</span>");
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("'%s' in the page", start).isGreaterThanOrEqualTo(0);
        int to = html.indexOf(end, from);
        return html.substring(from, to < 0 ? html.length() : to + end.length());
    }

    /** The markup inside the element with this id, up to the first closing tag of its kind. */
    private static String elementText(String html, String id) {
        Matcher open = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertThat(open.find()).as("an element with id '%s'", id).isTrue();
        int end = html.indexOf("</" + open.group(1) + ">", open.end());
        return html.substring(open.end(), end < 0 ? html.length() : end);
    }

    /** The value of one directive of a Content-Security-Policy header. */
    private static String directive(String csp, String name) {
        return java.util.Arrays.stream(csp.split(";")).map(String::strip)
                .filter(d -> d.startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + csp));
    }

    /**
     * Every script element carries the response's nonce. The policy's script-src is 'strict-dynamic' with the
     * nonce, so any script without it, inline or loaded from a file (src=), would be blocked by the browser.
     * Returns how many there are.
     */
    private static int assertEveryScriptHasTheNonce(String html, String nonce) {
        Matcher scripts = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html);
        List<String> offending = new ArrayList<>();
        int count = 0;
        while (scripts.find()) {
            count++;
            String tag = scripts.group();
            if (!tag.contains(" nonce=\"" + nonce + "\"")) {
                offending.add(tag);
            }
        }
        assertThat(offending).as("scripts without the nonce %s", nonce).isEmpty();
        return count;
    }

    /** The feedback section whose heading has this id. */
    private static String section(String html, String headingId) {
        return between(html, "id=\"" + headingId + "\"", "</section>");
    }

    /** Every input and select has a label naming it (label for=, or aria-labelledby to existing ids). */
    private static void assertEveryInputIsLabelled(String markup) {
        Matcher controls = Pattern.compile("<(input|select)\\b[^>]*>").matcher(markup);
        List<String> unlabelled = new ArrayList<>();
        int count = 0;
        while (controls.find()) {
            count++;
            String tag = controls.group();
            Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(tag);
            Matcher labelledBy = Pattern.compile("aria-labelledby=\"([^\"]+)\"").matcher(tag);
            boolean labelled = id.find() && markup.contains("for=\"" + id.group(1) + "\"");
            if (labelledBy.find()) {
                labelled = List.of(labelledBy.group(1).split(" ")).stream()
                        .allMatch(ref -> markup.contains("id=\"" + ref + "\""));
            }
            if (!labelled) {
                unlabelled.add(tag);
            }
        }
        assertThat(count).as("inputs in the answer").isPositive();
        assertThat(unlabelled).as("inputs without a label").isEmpty();
    }
}
