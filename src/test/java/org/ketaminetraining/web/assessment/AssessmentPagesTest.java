package org.ketaminetraining.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.BeforeEach;
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
import org.ketaminetraining.certification.rules.AttemptDecision.Verdict;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.web.PageTestBase;
import org.ketaminetraining.web.TestApplication;
import org.ketaminetraining.web.TestServices;
import org.ketaminetraining.certification.fake.FakeAssessments.FlagCall;
import org.ketaminetraining.certification.fake.FakeAssessments.Save;
import org.ketaminetraining.certification.fake.CertificationFakes;
import org.ketaminetraining.certification.fake.FakeAssessments;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.NotFoundPage;

class AssessmentPagesTest extends PageTestBase {

    private static final String FORM = "form";
    private static final String PANEL = "answer:panel:";
    private static final String START = "programmes:0:startForm";

    private CertificationFakes certification;

    @BeforeEach
    void registerCertification() {
        certification = new CertificationFakes();
        certification.register();
    }

    // ---------------------------------------------------------------- who may see the pages

    @Test
    void aTraineeSeesTheAssessmentInTheNavigationAndTheMountsWork() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
        signInAs(traineeId);
        tester.executeUrl("assessment");
        tester.assertRenderedPage(AssessmentPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains(">Assessment</span>", "<h1>Assessment</h1>")
                .containsPattern("<a[^>]*aria-current=\"page\"[^>]*><span>Assessment</span>");
        tester.executeUrl("assessment/attempt/" + token + "?item=2");
        tester.assertRenderedPage(AttemptPage.class);
        assertThat(tester.getLastResponseAsString()).contains("Question 2 of 2");
        tester.executeUrl("assessment/attempt/" + token + "/review");
        tester.assertRenderedPage(ReviewPage.class);
        certification.assessments.submit(traineeId, token);
        tester.executeUrl("assessment/result/" + token);
        tester.assertRenderedPage(ResultPage.class);
    }

    @Test
    void someoneWithoutTheTraineeRoleIsRefusedAndHasNoAssessmentLink() {
        String token = certification.assessments.open(adminId, QuestionType.SINGLE_CHOICE);
        signInAs(adminId);
        for (Class<? extends BasePage> page : List.of(AssessmentPage.class)) {
            assertThatThrownBy(() -> tester.startPage(page)).isInstanceOf(UnauthorizedInstantiationException.class);
        }
        for (Class<? extends BasePage> page : List.of(AttemptPage.class, ReviewPage.class, ResultPage.class)) {
            assertThatThrownBy(() -> tester.startPage(page, AttemptPage.parameters(token, 1)))
                    .isInstanceOf(UnauthorizedInstantiationException.class);
        }
        tester.startPage(org.ketaminetraining.web.app.HomePage.class);
        assertThat(tester.getLastResponseAsString()).doesNotContain(">Assessment</span>");
        assertThat(certification.assessments.started).isEmpty();
    }

    @Test
    void anotherLearnersAttemptOrAnUnknownTokenIsNotFoundOnEveryPage() {
        long other = traineeId + 1000; // another learner: the service tells attempts apart by account only
        String theirs = certification.assessments.open(other, QuestionType.SINGLE_CHOICE);
        String theirsSubmitted = certification.assessments.open(other, QuestionType.SINGLE_CHOICE);
        certification.assessments.submit(other, theirsSubmitted);
        signInAs(traineeId);
        for (String token : List.of(theirs, theirsSubmitted, "no-such-token")) {
            for (Class<? extends BasePage> page : List.of(AttemptPage.class, ReviewPage.class, ResultPage.class)) {
                tester.startPage(page, AttemptPage.parameters(token, 1));
                tester.assertRenderedPage(NotFoundPage.class);
                assertThat(tester.getLastResponse().getStatus()).as("%s %s", page.getSimpleName(), token)
                        .isEqualTo(404);
                assertThat(tester.getLastResponseAsString()).contains("There is nothing here for you")
                        .doesNotContain("Dosing by indication");
            }
        }
        assertThat(certification.assessments.saves).isEmpty();
        assertThat(certification.assessments.submits).containsExactly(theirsSubmitted);
    }

    // ---------------------------------------------------------------- the assessment page

    @Test
    void aLockedAssessmentSaysHowManyQuestionsAreLeftAndOffersNoButton() {
        certification.assessments.standings = List.of(FakeAssessments.standing().learned(10, 0).build());
        signInAs(traineeId);
        tester.startPage(AssessmentPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(text(html)).contains("Ketamine safety for ward nurses", "Questions learned: 10 of 42 (23%)",
                "Dosing by indication", "10 of 24 (41%)", "Monitoring and emergence", "0 of 18 (0%)",
                "Status: Locked",
                "It unlocks when you have learned every question of the programme: 32 questions still to learn.",
                "at least 1 day after you first studied it",
                "To pass, you need at least 80% of the questions right.");
        assertThat(html).containsPattern("<progress[^>]*value=\"10\"[^>]*max=\"42\"")
                .containsPattern("<progress[^>]*aria-label=\"Dosing by indication: 41% learned\"")
                .doesNotContain("start-assessment-0", "style=\"", " onclick=");
        tester.assertInvisible(START);
    }

    @Test
    void anOpenAssessmentStatesItsRulesAndStartingGoesToTheFirstQuestion() {
        signInAs(traineeId);
        tester.startPage(AssessmentPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(text(html)).contains("Status: Open to you", "You may start the assessment now.",
                "To pass, you need at least 80% of the questions right.",
                "Every safety-critical question must be answered correctly as well, whatever your score.",
                "You have 30 minutes from when you start.",
                "You see whether your answers were right only after you submit",
                "Attempts left: 3 of 3.", "you wait 24 hours before the next one");
        assertThat(html).containsPattern("<button[^>]*id=\"start-assessment-0\"[^>]*>"
                + "<span>Start assessment</span></button>")
                .containsPattern(
                        "<button(?=[^>]*data-programme=\"ward-nurses\")(?=[^>]*class=\"[^\"]*start-assessment)");

        form(START).submit();
        tester.assertRenderedPage(AttemptPage.class);
        assertThat(certification.assessments.started).containsExactly(FakeAssessments.PROGRAMME);
        String token = certification.assessments.attempts.keySet().iterator().next();
        assertThat(tester.getLastRenderedPage().getPageParameters().get("token").toString()).isEqualTo(token);
        assertThat(tester.getLastRenderedPage().getPageParameters().get("item").toInt()).isEqualTo(1);
        assertThat(tester.getLastResponseAsString()).contains("Question 1 of 3", "Final assessment");
    }

    @Test
    void withoutTheBlueprintThePageStillStatesTheRulesThatAlwaysHold() {
        certification.assessments.standings = List.of(FakeAssessments.standing().withoutBlueprint().build());
        signInAs(traineeId);
        tester.startPage(AssessmentPage.class);
        assertThat(text(tester.getLastResponseAsString())).contains("Attempts left: 3.",
                "You see whether your answers were right only after you submit")
                .doesNotContain("pass mark", "To pass, you need", "minutes from when you start");
    }

    @Test
    void coolingDownSaysUntilWhenAndLinksTheLatestResult() {
        certification.assessments.standings = List.of(FakeAssessments.standing()
                .decision(Verdict.COOLING_DOWN, 2, Optional.of(FakeAssessments.NOW.plus(Duration.ofHours(22))))
                .latest("attempt-9", 12, 20, false).build());
        signInAs(traineeId);
        tester.startPage(AssessmentPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(text(html)).contains("Status: Waiting before your next attempt",
                "You may try again after 2026-11-28 07:00 (Europe/London).", "Attempts left: 2 of 3.",
                "Your latest attempt", "Submitted 2026-11-27 07:00 (Europe/London): Not passed, 12 of 20 right.");
        assertThat(html).containsPattern("<a[^>]*href=\"[^\"]*assessment/result/attempt-9\"[^>]*>See the result</a>");
        tester.assertInvisible(START);
    }

    @Test
    void noAttemptsLeftSaysToContactTheManager() {
        certification.assessments.standings = List.of(FakeAssessments.standing()
                .decision(Verdict.NO_ATTEMPTS_LEFT, 0, Optional.empty()).latest("attempt-9", 10, 20, false).build());
        signInAs(traineeId);
        tester.startPage(AssessmentPage.class);
        assertThat(text(tester.getLastResponseAsString())).contains("Status: No attempts left",
                "No attempts left; contact your manager.", "Attempts left: 0 of 3.");
        tester.assertInvisible(START);
    }

    @Test
    void anAttemptUnderWayIsResumedThroughTheService() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.NUMERIC);
        certification.assessments.get(token).items.get(0).response = Optional.of(ChoiceResponse.of(1));
        certification.assessments.standings = List.of(FakeAssessments.standing().open(token).build());
        signInAs(traineeId);
        tester.startPage(AssessmentPage.class);
        assertThat(text(tester.getLastResponseAsString())).contains("Status: In progress", "Resume assessment",
                "You have started this assessment and not submitted it yet.");
        form(START).submit();
        tester.assertRenderedPage(AttemptPage.class);
        // Resumed where the first unanswered item is, and nothing new was started.
        assertThat(tester.getLastResponseAsString()).contains("Question 2 of 2");
        assertThat(certification.assessments.started).isEmpty();
        assertThat(certification.assessments.attempts).hasSize(1);
    }

    @Test
    void anAttemptWhoseTimeRanOutOffersItsResultNotAResumption() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.NUMERIC);
        certification.assessments.standings = List.of(FakeAssessments.standing().timedOut(token).build());
        signInAs(traineeId);
        tester.startPage(AssessmentPage.class);
        assertThat(text(tester.getLastResponseAsString())).contains("Status: Time is up", "See your result",
                "The time limit of your attempt has passed. It is marked with the answers you saved in time.")
                .doesNotContain("Resume assessment", "In progress");
        form(START).submit();
        assertThat(certification.assessments.started).as("nothing new is started").isEmpty();
    }

    @Test
    void aCertificateHolderSeesItsStatusRefresherAndRenewal() {
        certification.assessments.standings = List.of(FakeAssessments.standing()
                .certificate(CertificateStatus.EXPIRING_SOON, true, true).build());
        signInAs(traineeId);
        tester.startPage(AssessmentPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(text(html)).contains("The renewal assessment", "Start renewal assessment",
                "Your certificate is due for renewal", "Verification code: " + FakeAssessments.CODE,
                "Status: Valid, expiring soon. Valid through 30 November 2027.", "Refresher due:",
                "Renewal open: you may take the renewal assessment now.");
        assertThat(html)
                .containsPattern("<a[^>]*href=\"(\\.\\./)*certificates\"[^>]*>See and download your certificates");
    }

    @Test
    void aHolderOutsideTheRenewalWindowHasPassedAndNoButton() {
        certification.assessments.standings = List.of(FakeAssessments.standing()
                .certificate(CertificateStatus.VALID, false, false)
                .decision(Verdict.ALREADY_PASSED, 2, Optional.empty()).build());
        signInAs(traineeId);
        tester.startPage(AssessmentPage.class);
        assertThat(text(tester.getLastResponseAsString())).contains("Status: Passed",
                "The renewal assessment opens here shortly before your certificate expires.", "Status: Valid.")
                .doesNotContain("Refresher due", "Renewal open", "Attempts left");
        tester.assertInvisible(START);
    }

    @Test
    void aRefusedStartIsShownInTheServicesWordsAndNothingStarts() {
        certification.assessments.refuseStart = "No attempts are left; please contact your manager.";
        signInAs(traineeId);
        tester.startPage(AssessmentPage.class);
        form(START).submit();
        tester.assertRenderedPage(AssessmentPage.class);
        assertThat(tester.getLastResponseAsString()).contains(
                "Error: Ketamine safety for ward nurses: No attempts are left; please contact your manager.");
        assertThat(certification.assessments.attempts).isEmpty();
    }

    // ---------------------------------------------------------------- taking it

    @Test
    void theQuestionIsTheLegendEveryInputIsLabelledAndTheNavigatorSpeaksInWords() {
        String token = certification.assessments.open(traineeId, QuestionType.MATCHING, QuestionType.TRUE_FALSE,
                QuestionType.NUMERIC);
        certification.assessments.get(token).items.get(1).response = Optional.of(new TrueFalseResponse(true));
        certification.assessments.get(token).items.get(1).flagged = true;
        openItem(token, 1);
        String html = tester.getLastResponseAsString();
        String fieldset = between(html, "<fieldset", "</fieldset>");
        assertThat(fieldset).containsPattern("<legend[^>]*>Match each side effect with its treatment.</legend>");
        assertEveryInputIsLabelled(between(html, "attempt-form", "</form>"));
        assertThat(text(html)).contains("Question 1 of 3", "Module: Dosing by indication", "Flag for review");
        assertThat(html).contains("data-question-type=\"matching\"", "aria-describedby=\"answer-error answer-hint\"",
                "<label for=\"flag-item\"")
                .doesNotContain("style=\"", " onclick=", "Correct", "Incorrect");
        String navigator = text(between(html, "<nav class=\"attempt-navigator", "</nav>"));
        assertThat(navigator).contains("Question 1, not answered, current", "Question 2, answered, flagged",
                "Question 3, not answered");
        assertThat(html).containsPattern("<button(?=[^>]*id=\"go-item-1\")(?=[^>]*aria-current=\"step\")[^>]*>")
                .doesNotContainPattern("<button(?=[^>]*id=\"go-item-2\")(?=[^>]*aria-current)[^>]*>");
        // The first item has no previous one; the last has no next one.
        tester.assertInvisible(FORM + ":previous");
        tester.assertVisible(FORM + ":next");
        openItem(token, 3);
        tester.assertVisible(FORM + ":previous");
        tester.assertInvisible(FORM + ":next");
    }

    @Test
    void movingOnSavesTheAnswerAndComingBackShowsIt() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.NUMERIC);
        openItem(token, 1);
        form(FORM).select(PANEL + "group", 1).submit("next");
        tester.assertRenderedPage(AttemptPage.class);
        assertThat(certification.assessments.saves)
                .containsExactly(new Save(token, 1, Optional.of(ChoiceResponse.of(1))));
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Question 2 of 3", "Your answer to question 1 is saved.")
                .containsPattern("<div aria-live=\"polite\">\\s*<ul[^>]*>\\s*<li class=\"alert alert-success\">"
                        + "<span>Done: Your answer to question 1 is saved.");
        assertThat(text(between(html, "<nav class=\"attempt-navigator", "</nav>")))
                .contains("Question 1, answered", "Question 2, not answered, current");

        // Question 2: false, flagged, then back to question 1 with the button in the list of questions.
        FormTester form = form(FORM);
        form.select(PANEL + "group", 1);
        form.setValue("flag", true);
        form.submit("items:0:go");
        assertThat(certification.assessments.saves).last()
                .isEqualTo(new Save(token, 2, Optional.of(new TrueFalseResponse(false))));
        assertThat(certification.assessments.flags).containsExactly(new FlagCall(token, 2, true));
        html = tester.getLastResponseAsString();
        assertThat(html).contains("Question 1 of 3", "Your answer to question 2 is saved.",
                "Question 2 is flagged for review.");
        assertThat(text(html)).contains("Question 2, answered, flagged");
        // The saved answer is what the inputs show.
        assertThat(tester.getComponentFromLastRenderedPage(FORM + ":" + PANEL + "group").getDefaultModelObject())
                .isEqualTo(1);
        assertThat(between(html, "<fieldset", "</fieldset>").split("checked=\"checked\"", -1)).hasSize(2);

        // Previous and next without a change save nothing again.
        form(FORM).submit("next");
        assertThat(certification.assessments.saves).hasSize(2);
        assertThat(certification.assessments.flags).hasSize(1);
        tester.assertRenderedPage(AttemptPage.class);
        assertThat(tester.getLastRenderedPage().getPageParameters().get("item").toInt()).isEqualTo(2);
        assertThat(tester.getComponentFromLastRenderedPage(FORM + ":flag").getDefaultModelObject()).isEqualTo(true);
        form(FORM).setValue("flag", false).submit("previous");
        assertThat(certification.assessments.flags).last().isEqualTo(new FlagCall(token, 2, false));
        assertThat(tester.getLastResponseAsString()).contains("Question 2 is no longer flagged.", "Question 1 of 3");
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void aSavedAnswerOfEveryTypeIsShownAndReadsBackUnchanged(QuestionType type) {
        String token = certification.assessments.open(traineeId, type);
        Response saved = switch (type) {
            case SINGLE_CHOICE -> ChoiceResponse.of(1);
            case MULTIPLE_RESPONSE -> ChoiceResponse.of(0, 2);
            case TRUE_FALSE -> new TrueFalseResponse(false);
            case NUMERIC -> new NumericResponse(new BigDecimal("12.50"));
            case ORDERING -> OrderingResponse.of(0, 1, 2);
            case MATCHING -> new MatchingResponse(Map.of(0, 0, 1, 2, 2, 1));
            case SHORT_TEXT -> new TextResponse("NMDA receptor");
        };
        certification.assessments.get(token).items.get(0).response = Optional.of(saved);
        openItem(token, 1);
        String fieldset = between(tester.getLastResponseAsString(), "<fieldset", "</fieldset>");
        switch (type) {
            case SINGLE_CHOICE -> assertThat(fieldset.split("checked=\"checked\"", -1)).hasSize(2);
            case MULTIPLE_RESPONSE -> assertThat(fieldset.split("checked=\"checked\"", -1)).hasSize(3);
            case TRUE_FALSE -> assertThat(fieldset).containsPattern(
                    "<input(?=[^>]*id=\"answer-false\")(?=[^>]*checked=\"checked\")[^>]*>")
                    .doesNotContainPattern("<input(?=[^>]*id=\"answer-true\")(?=[^>]*checked)[^>]*>");
            case NUMERIC -> assertThat(fieldset).containsPattern(
                    "<input(?=[^>]*id=\"answer-number\")(?=[^>]*value=\"12.50\")[^>]*>");
            case SHORT_TEXT -> assertThat(fieldset).containsPattern(
                    "<input(?=[^>]*id=\"answer-text\")(?=[^>]*value=\"NMDA receptor\")[^>]*>");
            // Display order 2, 0, 1: the rows show items 2, 0 and 1, which the answer puts 3rd, 1st and 2nd.
            case ORDERING -> assertThat(selected("rows", "position", 3)).containsExactly(3, 1, 2);
            case MATCHING -> assertThat(selected("rows", "match", 3)).containsExactly(0, 2, 1);
        }
        // Going on without touching anything reads the same answer back: nothing is saved again.
        form(FORM).submit("review");
        tester.assertRenderedPage(ReviewPage.class);
        assertThat(certification.assessments.saves).isEmpty();
        assertThat(tester.getLastResponseAsString()).contains("1 of 1 answered, 0 flagged.");
        // And changing it is saved (the first option, a different number, true...).
        openItem(token, 1);
        FormTester form = form(FORM);
        switch (type) {
            case SINGLE_CHOICE, TRUE_FALSE -> form.select(PANEL + "group", 0);
            case MULTIPLE_RESPONSE -> form.selectMultiple(PANEL + "group", new int[]{0}, true);
            case NUMERIC -> form.setValue(PANEL + "value", "12");
            case SHORT_TEXT -> form.setValue(PANEL + "text", "NMDA");
            case ORDERING -> {
                form.select(PANEL + "rows:0:position", 0);
                form.select(PANEL + "rows:1:position", 1);
                form.select(PANEL + "rows:2:position", 2);
            }
            case MATCHING -> form.select(PANEL + "rows:1:match", 0);
        }
        form.submit("save");
        assertThat(certification.assessments.saves).hasSize(1);
        assertThat(certification.assessments.saves.get(0).response()).isPresent().isNotEqualTo(Optional.of(saved));
        assertThat(tester.getLastResponseAsString()).contains("Your answer to question 1 is saved.");
    }

    @Test
    void aBlankItemMayBeLeftAndAClearedAnswerIsSavedAsNone() {
        String token = certification.assessments.open(traineeId, QuestionType.NUMERIC, QuestionType.SHORT_TEXT);
        openItem(token, 1);
        form(FORM).submit("next");
        assertThat(certification.assessments.saves).isEmpty();
        assertThat(tester.getLastResponseAsString()).contains("Question 2 of 2");
        form(FORM).submit("save");
        assertThat(tester.getLastResponseAsString()).contains("Note: Question 2 has no answer to save yet.");
        assertThat(certification.assessments.saves).isEmpty();

        certification.assessments.get(token).items.get(0).response =
                Optional.of(new NumericResponse(new BigDecimal("12.5")));
        openItem(token, 1);
        form(FORM).setValue(PANEL + "value", "").submit("next");
        assertThat(certification.assessments.saves).containsExactly(new Save(token, 1, Optional.empty()));
        assertThat(tester.getLastResponseAsString()).contains("Your answer to question 1 is cleared");
    }

    @Test
    void anAnswerThatCannotBeReadKeepsTheLearnerOnTheItemWithTheReason() {
        String token = certification.assessments.open(traineeId, QuestionType.NUMERIC, QuestionType.ORDERING);
        openItem(token, 1);
        form(FORM).setValue(PANEL + "value", "12.5.1").submit("next");
        tester.assertRenderedPage(AttemptPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(html).contains("Question 1 of 2", "Enter a number, for example 12.5: digits")
                .containsPattern("<fieldset[^>]*aria-invalid=\"true\"")
                .containsPattern("<div(?=[^>]*id=\"answer-error\")(?=[^>]*data-focus-on-load=\"true\")[^>]*>")
                // What was typed is still there to correct.
                .containsPattern("<input(?=[^>]*id=\"answer-number\")(?=[^>]*value=\"12.5.1\")[^>]*>");
        assertThat(between(html, "id=\"answer-error\"", "</div>")).contains("Enter a number, for example 12.5: digits");
        assertThat(certification.assessments.saves).isEmpty();

        openItem(token, 2);
        form(FORM).select(PANEL + "rows:0:position", 0).submit("previous");
        assertThat(tester.getLastResponseAsString()).contains("Question 2 of 2", "Give every item a position.");
        assertThat(certification.assessments.saves).isEmpty();
    }

    @Test
    void withoutAnItemTheAttemptOpensAtTheFirstUnansweredOne() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.NUMERIC);
        certification.assessments.get(token).items.get(0).response = Optional.of(ChoiceResponse.of(0));
        signInAs(traineeId);
        for (String item : List.of("", "0", "9", "two")) {
            tester.executeUrl("assessment/attempt/" + token + (item.isEmpty() ? "" : "?item=" + item));
            tester.assertRenderedPage(AttemptPage.class);
            assertThat(tester.getLastRenderedPage().getPageParameters().get("item").toInt()).as(item).isEqualTo(2);
        }
    }

    @Test
    void aReloadAfterAnotherTabChangedTheAnswerShowsWhatIsSavedNow() {
        String token = certification.assessments.open(traineeId, QuestionType.SHORT_TEXT, QuestionType.NUMERIC);
        openItem(token, 1);
        org.apache.wicket.Page firstTab = tester.getLastRenderedPage();
        certification.assessments.saveAnswer(traineeId, token, 1, Optional.of(new TextResponse("ketamine")));
        tester.startPage(firstTab);
        assertThat(tester.getLastRenderedPage()).isSameAs(firstTab);
        assertThat(tester.getLastResponseAsString())
                .containsPattern("<input(?=[^>]*id=\"answer-text\")(?=[^>]*value=\"ketamine\")[^>]*>");
        // So going on from that tab does not write an older answer back.
        form(FORM).submit("next");
        assertThat(certification.assessments.saves).hasSize(1);
    }

    @Test
    void aSubmittedAttemptOpensItsResult() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE);
        certification.assessments.submit(traineeId, token);
        openItem(token, 1);
        tester.assertRenderedPage(ResultPage.class);
        tester.startPage(ReviewPage.class, ReviewPage.parameters(token));
        tester.assertRenderedPage(ResultPage.class);
    }

    // ---------------------------------------------------------------- time

    @Test
    void aTimedAttemptShowsTheTimeLeftAndLoadsTheCountdownScript() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE);
        clockAt(FakeAssessments.NOW.plus(Duration.ofSeconds(90)));
        openItem(token, 1);
        String html = tester.getLastResponseAsString();
        assertThat(html)
                .containsPattern("<time(?=[^>]*id=\"time-left\")(?=[^>]*datetime=\"PT28M30S\")[^>]*>28:30</time>")
                .containsPattern("<div(?=[^>]*id=\"attempt-countdown\")(?=[^>]*data-remaining-seconds=\"1710\")"
                        + "(?=[^>]*data-expired-url=\"\\./" + token + "\\?item=1\")[^>]*>")
                .contains("The time runs out at 2026-11-27 09:30 (Europe/London)",
                        "data-warning-300=\"5 minutes left.\"",
                        "id=\"countdown-warning\" class=\"visually-hidden\" role=\"status\" aria-live=\"polite\"")
                .contains("assessment.Countdown/attempt-countdown");
        String csp = tester.getLastResponse().getHeader("Content-Security-Policy");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertThat(nonce.find()).isTrue();
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(html);
        while (scripts.find()) {
            assertThat(scripts.group()).contains(" nonce=\"" + nonce.group(1) + "\"");
        }

        tester.startPage(ReviewPage.class, ReviewPage.parameters(token));
        assertThat(tester.getLastResponseAsString()).contains(">28:30</time>");

        certification.assessments.timeLimit = Optional.empty();
        String untimed = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE);
        openItem(untimed, 1);
        assertThat(tester.getLastResponseAsString()).doesNotContain("attempt-countdown", "Time left");
    }

    @Test
    void whenTheTimeHasRunOutTheAttemptOpensItsResult() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
        certification.assessments.get(token).items.get(0).response = Optional.of(ChoiceResponse.of(1));
        timePasses(Duration.ofMinutes(31));
        openItem(token, 2);
        tester.assertRenderedPage(ResultPage.class);
        assertThat(tester.getLastResponseAsString()).contains(
                "The time ran out: your assessment was submitted with the answers saved in time.",
                "Your score: 1 of 2 (50%)");
        // The review page, which the countdown reloads when the time is up there, says the same.
        tester.startPage(ReviewPage.class, ReviewPage.parameters(token));
        tester.assertRenderedPage(ResultPage.class);
        assertThat(tester.getLastResponseAsString()).contains("The time ran out");
    }

    @Test
    void aSaveAfterTheTimeRanOutIsRefusedAndTheResultIsShown() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
        openItem(token, 1);
        FormTester form = form(FORM);
        form.select(PANEL + "group", 1);
        timePasses(Duration.ofMinutes(31));
        form.submit("next");
        tester.assertRenderedPage(ResultPage.class);
        assertThat(certification.assessments.saves).isEmpty();
        assertThat(tester.getLastResponseAsString()).contains(
                "The time ran out: your assessment was submitted with the answers saved in time.",
                "Your score: 0 of 2 (0%)", "Not passed");
    }

    @Test
    void aRefusedSaveOfAnOpenAttemptKeepsTheLearnerOnTheItemWithTheReason() {
        String token = certification.assessments.open(traineeId, QuestionType.SHORT_TEXT, QuestionType.TRUE_FALSE);
        certification.assessments.refuseSave = ValidationException.of("answer",
                "The answer is too long to store (at most 4000 characters).");
        openItem(token, 1);
        form(FORM).setValue(PANEL + "text", "NMDA").submit("next");
        tester.assertRenderedPage(AttemptPage.class);
        assertThat(between(tester.getLastResponseAsString(), "id=\"answer-error\"", "</div>"))
                .contains("The answer is too long to store (at most 4000 characters).");
        assertThat(tester.getLastResponseAsString()).contains("Question 1 of 2");

        certification.assessments.refuseSave = new IllegalArgumentException("There is no item 1 in this assessment.");
        form(FORM).setValue(PANEL + "text", "NMDA").submit("next");
        tester.assertRenderedPage(AttemptPage.class);
        assertThat(tester.getLastResponseAsString()).contains("Error: There is no item 1 in this assessment.",
                "Question 1 of 2");
        assertThat(certification.assessments.saves).isEmpty();
    }

    // ---------------------------------------------------------------- review and submit

    @Test
    void theReviewListsEveryItemAndNamesTheUnansweredAndFlaggedOnes() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.NUMERIC);
        certification.assessments.get(token).items.get(0).response = Optional.of(ChoiceResponse.of(1));
        certification.assessments.get(token).items.get(1).flagged = true;
        openItem(token, 1);
        form(FORM).submit("review");
        tester.assertRenderedPage(ReviewPage.class);
        String html = tester.getLastResponseAsString();
        assertThat(text(html)).contains("1 of 3 answered, 1 flagged.",
                "Not answered yet: questions 2, 3. A question without an answer counts as not answered correctly.",
                "Flagged for review: questions 2.");
        List<String> rows = rows(between(html, "<tbody>", "</tbody>"));
        assertThat(rows).containsExactly("1 Dosing by indication Yes No Go to question 1",
                "2 Monitoring and emergence No Yes Go to question 2",
                "3 Dosing by indication No No Go to question 3");
        assertThat(html).containsPattern("<a(?=[^>]*id=\"review-go-2\")(?=[^>]*href=\"[^\"]*" + token
                + "\\?item=2\")[^>]*>");
        tester.clickLink("overview:items:1:go");
        tester.assertRenderedPage(AttemptPage.class);
        assertThat(tester.getLastResponseAsString()).contains("Question 2 of 3");
    }

    @Test
    void submittingNeedsTheConfirmationStep() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
        certification.assessments.get(token).items.get(0).response = Optional.of(ChoiceResponse.of(1));
        signInAs(traineeId);
        tester.startPage(ReviewPage.class, ReviewPage.parameters(token));
        assertThat(tester.getLastResponseAsString()).contains("id=\"submit-assessment\"")
                .doesNotContain("Submit now?");

        form("overview:submitForm").submit();
        tester.assertRenderedPage(ReviewPage.class);
        assertThat(certification.assessments.submits).isEmpty();
        String html = tester.getLastResponseAsString();
        assertThat(text(html)).contains("Submit now?", "You have not answered 1 question.",
                "You cannot change answers after submitting. Submit now?", "Yes, submit", "Go back");
        assertThat(html).doesNotContain("id=\"submit-assessment\"")
                .containsPattern("<h2(?=[^>]*id=\"confirm-heading\")(?=[^>]*data-focus-on-load)[^>]*>");

        // "Go back" leaves it unsubmitted.
        tester.clickLink("confirmation:confirmForm:goBack");
        tester.assertRenderedPage(ReviewPage.class);
        assertThat(tester.getLastResponseAsString()).contains("id=\"submit-assessment\"").doesNotContain("Yes, submit");
        assertThat(certification.assessments.submits).isEmpty();

        form("overview:submitForm").submit();
        form("confirmation:confirmForm").submit();
        tester.assertRenderedPage(ResultPage.class);
        assertThat(certification.assessments.submits).containsExactly(token);
        assertThat(tester.getLastRenderedPage().getPageParameters().get("token").toString()).isEqualTo(token);
    }

    // ---------------------------------------------------------------- the result

    @Test
    void aPassShowsTheVerdictTheModulesEveryExplanationAndTheCertificate() {
        String token = answered(true, true, true, true, true);
        certification.assessments.submit(traineeId, token);
        signInAs(traineeId);
        tester.startPage(ResultPage.class, ResultPage.parameters(token));
        String html = tester.getLastResponseAsString();
        assertThat(between(html, "id=\"result-verdict\"", "</h2>")).contains("Passed").doesNotContain("Not passed");
        assertThat(html).containsPattern("<h2(?=[^>]*id=\"result-verdict\")(?=[^>]*data-focus-on-load=\"true\")"
                + "(?=[^>]*class=\"[^\"]*result-correct)[^>]*>");
        assertThat(text(html)).contains("Your score: 5 of 5 (100%). The pass mark is 80%.",
                "Your certificate has been issued. Its verification code is " + FakeAssessments.CODE)
                .doesNotContain("safety-critical questions were not", "What next", "below the pass mark");
        assertThat(html).containsPattern("<a[^>]*id=\"certificate-link\"[^>]*href=\"(\\.\\./)*certificates\""
                + "|<a[^>]*href=\"(\\.\\./)*certificates\"[^>]*id=\"certificate-link\"");
        assertThat(rows(between(between(html, "module-scores", "</table>"), "<tbody>", "</tbody>")))
                .containsExactly("Dosing by indication 3 3 100%", "Monitoring and emergence 2 2 100%");
        assertThat(html).contains("id=\"result-item-1\"", "id=\"result-item-5\"",
                "Because <strong>the label</strong> says so for dose-induction.",
                "Because <strong>the label</strong> says so for mechanism.",
                "href=\"https://example.org/label\"", "BNF 86, ketamine monograph");
        assertThat(text(between(html, "id=\"result-item-1\"", "</li>\n"))).contains("Question 1: Correct",
                "Safety-critical question", "Your answer 1 to 2 mg/kg", "Right answer 1 to 2 mg/kg");
    }

    @Test
    void aFailBecauseOfASafetyCriticalItemSaysSoAndWhatComesNext() {
        // The first item (safety-critical) wrong: 4 of 5 reaches the 80% pass mark but does not pass.
        String token = answered(false, true, true, true, true);
        certification.assessments.submit(traineeId, token);
        signInAs(traineeId);
        tester.startPage(ResultPage.class, ResultPage.parameters(token));
        String html = tester.getLastResponseAsString();
        assertThat(between(html, "id=\"result-verdict\"", "</h2>")).contains("Not passed", "\u2717");
        assertThat(text(html)).contains("Your score: 4 of 5 (80%). The pass mark is 80%.",
                "1 safety-critical question was not answered correctly.",
                "Every safety-critical question must be answered correctly to pass",
                "You may try again after 2026-11-28 09:00 (Europe/London).", "2 attempts left.",
                "The questions you did not answer correctly come back in your study sessions.")
                .doesNotContain("below the pass mark", "verification code");
        assertThat(rows(between(between(html, "module-scores", "</table>"), "<tbody>", "</tbody>")))
                .containsExactly("Dosing by indication 2 3 66.6%", "Monitoring and emergence 2 2 100%");
        String first = text(between(html, "id=\"result-item-1\"", "</li>\n"));
        assertThat(first).contains("Question 1: Incorrect", "Your answer 0.1 mg/kg", "Right answer 1 to 2 mg/kg");
    }

    @Test
    void aFailWithNoAttemptsLeftAndAnUnansweredItem() {
        certification.assessments.nextAfterFailure = new AttemptDecision(Verdict.NO_ATTEMPTS_LEFT, 0, Optional.empty());
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
        certification.assessments.submit(traineeId, token);
        signInAs(traineeId);
        tester.startPage(ResultPage.class, ResultPage.parameters(token));
        String html = tester.getLastResponseAsString();
        assertThat(text(html)).contains("Your score: 0 of 2 (0%). The pass mark is 80%.",
                "That is below the pass mark.", "1 safety-critical question was not answered correctly.",
                "No attempts left; contact your manager.", "Your answer No answer")
                .doesNotContain("attempts left.", "although the score reached");
    }

    @Test
    void theResultOfAnAttemptStillOpenGoesBackToItsQuestions() {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
        signInAs(traineeId);
        tester.startPage(ResultPage.class, ResultPage.parameters(token));
        tester.assertRenderedPage(AttemptPage.class);
        assertThat(certification.assessments.submits).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    /** An attempt of five items (choice, true/false, number, text, several choices), each answered right or not. */
    private String answered(boolean... right) {
        String token = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.NUMERIC, QuestionType.SHORT_TEXT, QuestionType.MULTIPLE_RESPONSE);
        List<Response> rightAnswers = List.of(ChoiceResponse.of(1), new TrueFalseResponse(false),
                new NumericResponse(new BigDecimal("12.5")), new TextResponse("NMDA"), ChoiceResponse.of(0, 2));
        List<Response> wrongAnswers = List.of(ChoiceResponse.of(0), new TrueFalseResponse(true),
                new NumericResponse(new BigDecimal("25")), new TextResponse("GABA"), ChoiceResponse.of(1));
        for (int i = 0; i < right.length; i++) {
            certification.assessments.get(token).items.get(i).response = Optional.of(right[i] ? rightAnswers.get(i)
                    : wrongAnswers.get(i));
        }
        return token;
    }

    private void openItem(String token, int position) {
        signInAs(traineeId);
        tester.startPage(AttemptPage.class, AttemptPage.parameters(token, position));
    }

    /** Moves both the service's and the pages' clocks on. */
    private void timePasses(Duration duration) {
        certification.assessments.now = certification.assessments.now.plus(duration);
        clockAt(certification.assessments.now);
    }

    private void clockAt(Instant instant) {
        ((TestApplication) tester.getApplication()).setClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    /** The chosen value of each row's select in the answer panel. */
    private List<Object> selected(String rows, String select, int count) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FormComponent<?> choice = (DropDownChoice<?>) tester.getComponentFromLastRenderedPage(
                    FORM + ":" + PANEL + rows + ":" + i + ":" + select);
            values.add(choice.getDefaultModelObject());
        }
        return values;
    }

    /** The text of each table row, cells joined by one space. */
    private static List<String> rows(String tbody) {
        return Pattern.compile("<tr\\b[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(tbody).results()
                .map(m -> text(m.group(1).replaceAll("</t[dh]>", " "))).toList();
    }

    /**
     * Markup without its tags and with its spaces collapsed, as a screen reader would read it in a line (so without
     * what is aria-hidden: the check and cross beside a result).
     */
    private static String text(String html) {
        return html.replaceAll("<span[^>]*aria-hidden=\"true\"[^>]*>[^<]*</span>", "").replaceAll("<[^>]*>", "")
                .replace("&middot;", "\u00b7").replace("&#39;", "'")
                .replaceAll("\\s+", " ").strip();
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("'%s' in the page", start).isGreaterThanOrEqualTo(0);
        int to = html.indexOf(end, from);
        return html.substring(from, to < 0 ? html.length() : to + end.length());
    }

    /** Every input and select has a label naming it (label for=, or aria-labelledby to existing ids). */
    private static void assertEveryInputIsLabelled(String markup) {
        Matcher controls = Pattern.compile("<(input|select)\\b[^>]*>").matcher(markup);
        List<String> unlabelled = new ArrayList<>();
        int count = 0;
        while (controls.find()) {
            String tag = controls.group();
            if (tag.contains("type=\"hidden\"")) {
                continue;
            }
            count++;
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
        assertThat(count).as("inputs in the form").isGreaterThan(1);
        assertThat(unlabelled).as("inputs without a label").isEmpty();
    }
}
