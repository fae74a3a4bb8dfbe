package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.service.BankImportService;
import org.ketaminetraining.bank.service.ImportSummary;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.SignInService;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Phase;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.grading.Confidence;
import org.ketaminetraining.study.NewQuestionsToday;
import org.ketaminetraining.study.StudySession;
import org.ketaminetraining.study.fixtures.SampleAnswers;
import org.ketaminetraining.study.fixtures.SteppingClock;
import org.ketaminetraining.study.service.AnswerOutcome;
import org.ketaminetraining.study.service.AnswerSubmission;
import org.ketaminetraining.study.service.Dashboard;
import org.ketaminetraining.study.service.JpaStudyService;
import org.ketaminetraining.study.service.LearnerProfiles;
import org.ketaminetraining.study.service.LearnerSettings;
import org.ketaminetraining.study.service.PresentedQuestion;
import org.ketaminetraining.study.service.ProgrammeChoice;
import org.ketaminetraining.study.service.StudyHistory;
import org.ketaminetraining.study.service.StudyLedger;
import org.ketaminetraining.study.service.StudyService;

/**
 * Study on the real server and database: an answer is recorded exactly once however often and however
 * concurrently it is sent, and after weeks of simulated study the cached memory states equal a replay of the log.
 * (JUnit's assertions: the test runs inside the server, where AssertJ is not deployed.)
 */
@ExtendWith(ArquillianExtension.class)
class StudyServiceIT {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("study-it.war", StudyServiceIT.class, StudyQueries.class, SampleAnswers.class,
                SteppingClock.class, BankFiles.class, WebSession.class);
    }

    @Inject
    private StudyService study;
    @Inject
    private JpaStudyService states;
    @Inject
    private AccountService accounts;
    @Inject
    private LearnerProfiles profiles;
    @Inject
    private StudyQueries queries;
    @Inject
    private BankImportService banks;

    @Inject
    private Callers callers;
    @Inject
    private SignInService signIn;
    @Inject
    private AppSettings appSettings;

    private static final String PASSWORD = "limit-reached-correctly-9";

    private long newTrainee(String prefix) {
        String username = prefix + Long.toString(System.nanoTime(), 36);
        return accounts.create(callers.admin(), new AccountDetails(username, Callers.uniqueName("Trainee"), null,
                Set.of(Role.TRAINEE), Set.of(), Set.of())).accountId();
    }

    @Test
    void eightConcurrentSubmissionsOfOneAnswerRecordItOnce() throws Exception {
        long trainee = newTrainee("double.");
        PresentedQuestion shown = study.currentQuestion(trainee).orElseThrow();
        AnswerSubmission answer = new AnswerSubmission(shown.token(), SampleAnswers.correct(shown.question()),
                Confidence.HIGH);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AnswerOutcome>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<AnswerOutcome> click = () -> {
                start.await();
                return study.submit(trainee, answer);
            };
            sent.add(queries.executor().submit(click));
        }
        start.countDown();
        List<AnswerOutcome> outcomes = new ArrayList<>();
        for (Future<AnswerOutcome> outcome : sent) {
            outcomes.add(outcome.get());
        }
        assertEquals(1, outcomes.stream().filter(o -> !o.alreadyRecorded()).count(), "recorded once");
        assertEquals(7, outcomes.stream().filter(AnswerOutcome::alreadyRecorded).count(), "seven repeats");
        AnswerOutcome first = outcomes.get(0);
        assertTrue(outcomes.stream().allMatch(o -> o.correct() && o.rating() == first.rating()
                && o.nextDue().equals(first.nextDue())), "every repeat reports the one recorded outcome");
        assertEquals(1, queries.reviewRows(shown.token()));
        Map<Long, CardState> stored = states.storedStates(trainee);
        assertEquals(1, stored.size());
        assertEquals(1, stored.values().iterator().next().reviewCount());
        assertNotEquals(shown.token(), study.currentQuestion(trainee).orElseThrow().token());
    }

    @Test
    void twoTabsShowOneOpenPresentationAndTheBackButtonRecordsNothingTwice() {
        long trainee = newTrainee("tabs.");
        PresentedQuestion firstTab = study.currentQuestion(trainee).orElseThrow();
        PresentedQuestion secondTab = study.currentQuestion(trainee).orElseThrow();
        assertEquals(firstTab.token(), secondTab.token());
        assertEquals(firstTab.displayOrder(), secondTab.displayOrder());

        AnswerOutcome recorded = study.submit(trainee, new AnswerSubmission(firstTab.token(),
                SampleAnswers.wrong(firstTab.question()), Confidence.HIGH));
        assertFalse(recorded.correct());
        assertEquals(Rating.AGAIN, recorded.rating());
        assertTrue(recorded.confidentlyWrong());
        assertFalse(recorded.alreadyRecorded());

        // The other tab (or the back button) sends a different answer to the same presentation: nothing changes.
        AnswerOutcome again = study.submit(trainee, new AnswerSubmission(secondTab.token(),
                SampleAnswers.correct(secondTab.question()), Confidence.LOW));
        assertTrue(again.alreadyRecorded());
        assertFalse(again.correct());
        assertEquals(recorded.response(), again.response());
        assertEquals(1, queries.reviewRows(firstTab.token()));
        AnswerOutcome reread = study.outcome(trainee, firstTab.token()).orElseThrow();
        assertFalse(reread.correct());
        assertEquals(firstTab.revisionNumber(), reread.revisionNumber());
        assertEquals(1, study.history(trainee, 0, 10).totalReviews());
    }

    @Test
    void anotherLearnersTokenIsRefused() {
        long owner = newTrainee("owner.");
        long intruder = newTrainee("intruder.");
        PresentedQuestion shown = study.currentQuestion(owner).orElseThrow();
        assertTrue(study.presentation(intruder, shown.token()).isEmpty());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> study.submit(intruder,
                new AnswerSubmission(shown.token(), SampleAnswers.correct(shown.question()), Confidence.NOT_STATED)));
        assertTrue(refused.getMessage().contains("no such presentation"), refused.getMessage());
        assertEquals(0, queries.reviewRows(shown.token()));
    }

    /**
     * A question revised while a learner has it open is not resumed as it was (the correction must reach them): the
     * open presentation is superseded and the new revision is presented instead. An answer already in flight to the
     * old presentation is graded against the revision it showed.
     */
    @Test
    void aQuestionRevisedWhileOpenIsPresentedAgainInItsNewRevision() throws IOException {
        long trainee = newTrainee("revised.");
        PresentedQuestion before = study.currentQuestion(trainee).orElseThrow();
        Path copy = BankFiles.copyOf(banks.questionsDirectory(callers.admin()));
        try {
            BankFiles.reviseStem(copy, before.moduleId(), before.questionId());
            ImportSummary revised = banks.importFrom(callers.admin(), copy);
            assertTrue(revised.applied(), String.join("\n", revised.problems()));
            PresentedQuestion after = study.currentQuestion(trainee).orElseThrow();
            assertEquals(before.questionId(), after.questionId());
            assertNotEquals(before.token(), after.token());
            assertEquals(before.revisionNumber() + 1, after.revisionNumber());
            assertTrue(after.question().stem().contains("(revised)"), after.question().stem());

            AnswerOutcome inFlight = study.submit(trainee, new AnswerSubmission(before.token(),
                    SampleAnswers.correct(before.question()), Confidence.NOT_STATED));
            assertEquals(before.revisionNumber(), inFlight.revisionNumber());
            assertEquals(1, queries.reviewRows(before.token()));
        } finally {
            BankFiles.delete(copy);
            assertTrue(banks.importNow(callers.admin()).applied());
        }
    }

    /**
     * Issue 13: a module answered mostly wrong showed "Average predicted recall today 100%", because every item
     * answered today is at recall 1 in the memory model (no day has passed), right or wrong. Real answers on the
     * real log: one module answered 1 of 9 right, the others right; the module's recall must not look high.
     */
    @Test
    void aModuleAnsweredMostlyWrongShowsALowPredictedRecall() {
        long trainee = newTrainee("recall.");
        LearnerSettings settings = study.settings(trainee);
        study.saveSettings(trainee, new LearnerSettings(LearnerSettings.MAX_NEW_ITEMS_PER_DAY, settings.timeZone(),
                settings.keyboardShortcuts(), settings.programmeId()));
        String module = null;
        String answeredRight = null;
        Set<String> studiedInModule = new HashSet<>();
        while (studiedInModule.size() < 9) {
            PresentedQuestion shown = study.currentQuestion(trainee).orElseThrow();
            module = module == null ? shown.moduleId() : module;
            boolean inModule = shown.moduleId().equals(module);
            if (inModule && answeredRight == null) {
                answeredRight = shown.questionId();
            }
            boolean right = !inModule || shown.questionId().equals(answeredRight);
            study.submit(trainee, new AnswerSubmission(shown.token(), right ? SampleAnswers.correct(shown.question())
                    : SampleAnswers.wrong(shown.question()), Confidence.NOT_STATED));
            if (inModule) {
                studiedInModule.add(shown.questionId());
            }
        }
        String mostlyWrong = module;
        StudyHistory.ModuleAccuracy accuracy = study.history(trainee, 0, 1).accuracy().stream()
                .filter(a -> a.moduleId().equals(mostlyWrong)).findFirst().orElseThrow();
        assertEquals(1, accuracy.correct(), "the log holds one right answer in " + mostlyWrong);
        assertTrue(accuracy.answered() >= 9, "answers in " + mostlyWrong + ": " + accuracy.answered());

        Dashboard dashboard = study.dashboard(trainee);
        Dashboard.ModuleProgress wrongModule = dashboard.modules().stream()
                .filter(m -> m.moduleId().equals(mostlyWrong)).findFirst().orElseThrow();
        assertEquals(9, wrongModule.studied());
        double recall = wrongModule.recall().mean().orElseThrow();
        assertTrue(recall <= 1.0 / 9 + 1e-9, "predicted recall of a module answered 1 of 9 right: " + recall);
        assertTrue(dashboard.modules().stream().filter(m -> !m.moduleId().equals(mostlyWrong) && m.studied() >= 3)
                .allMatch(m -> m.recall().mean().orElseThrow() > 0.9),
                "modules answered right: " + dashboard.modules());
    }

    /**
     * Issue 13: "Question 64 of 71" in an eight-question programme after a programme switch. The counter is the
     * current study day's answers in the current programme, so it restarts at a switch (and resumes on the way
     * back).
     */
    @Test
    void afterAProgrammeSwitchTheSessionCounterRestarts() {
        long trainee = newTrainee("session.");
        String first = study.settings(trainee).programmeId();
        for (int i = 0; i < 5; i++) {
            answerRight(trainee);
        }
        assertEquals(5, study.currentQuestion(trainee).orElseThrow().progress().answeredInSession());

        String other = study.programmes().stream().map(ProgrammeChoice::id).filter(id -> !id.equals(first))
                .findFirst().orElseThrow();
        switchProgramme(trainee, other);
        PresentedQuestion shown = study.currentQuestion(trainee).orElseThrow();
        assertEquals(0, shown.progress().answeredInSession(), "answered in " + other + " today");
        assertEquals(new StudySession.Position(1, 5), shown.progress().position(false),
                "5 of the shared 10 new questions are left today");
        answerRight(trainee);
        assertEquals(1, study.currentQuestion(trainee).orElseThrow().progress().answeredInSession());

        switchProgramme(trainee, first);
        assertEquals(5, study.currentQuestion(trainee).orElseThrow().progress().answeredInSession(),
                "back in " + first + ": its answers of today count again");
    }

    /**
     * Issue 13: with the shared daily limit used up in one programme, the other programme's study page said
     * "You're done for now" with no hint why. The service says the limit is the reason and where it went, the
     * dashboard shows none left, and the trainee's study page over HTTP says so and links to the setting.
     */
    @Test
    void withTheDailyLimitUsedUpInOneProgrammeTheOthersStudyPageSaysWhy() throws Exception {
        String username = "limit." + Long.toString(System.nanoTime(), 36);
        AccountService.CreatedAccount created = accounts.create(callers.admin(), new AccountDetails(username,
                Callers.uniqueName("Trainee"), null, Set.of(Role.TRAINEE), Set.of(), Set.of()));
        long trainee = created.accountId();
        signIn.changePassword(trainee, created.temporaryPassword().toCharArray(), PASSWORD.toCharArray());
        LearnerSettings settings = study.settings(trainee);
        study.saveSettings(trainee, new LearnerSettings(3, settings.timeZone(), settings.keyboardShortcuts(),
                settings.programmeId()));
        for (int i = 0; i < 3; i++) {
            answerRight(trainee);
        }
        String other = study.programmes().stream().map(ProgrammeChoice::id)
                .filter(id -> !id.equals(settings.programmeId())).findFirst().orElseThrow();
        switchProgramme(trainee, other);

        assertTrue(study.currentQuestion(trainee).isEmpty(), "nothing to ask in " + other);
        NewQuestionsToday fresh = study.outlook(trainee).newQuestions();
        assertEquals(3, fresh.perDay());
        assertEquals(3, fresh.startedToday());
        assertEquals(3, fresh.startedInOtherProgrammes());
        assertTrue(fresh.notStarted() > 0, "questions of " + other + " not started: " + fresh.notStarted());
        assertTrue(fresh.limitReached());
        Dashboard dashboard = study.dashboard(trainee);
        assertEquals(0, dashboard.outlook().newQuestions().left());
        assertFalse(dashboard.outlook().hasWork());

        WebSession web = WebSession.signIn(appSettings.publicUrl(), username, PASSWORD);
        String page = new String(web.get("/study").body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("You have started all 3 new questions for today across your programmes, and "
                + "nothing else is due. 3 of them were in another programme."), page);
        assertTrue(page.contains("New questions start again tomorrow at 04:00.")
                || page.contains("New questions start again today at 04:00."), page);
        assertTrue(page.matches("(?s).*<a [^>]*href=\"[^\"]*study/settings\"[^>]*>To start more today.*"), page);
        String home = new String(web.get("/dashboard").body(), StandardCharsets.UTF_8);
        assertTrue(home.matches("(?s).*>New questions left today</dt>\\s*<dd[^>]*><span[^>]*>0</span>.*"), home);
    }

    private void answerRight(long trainee) {
        PresentedQuestion shown = study.currentQuestion(trainee).orElseThrow();
        study.submit(trainee, new AnswerSubmission(shown.token(), SampleAnswers.correct(shown.question()),
                Confidence.NOT_STATED));
    }

    private void switchProgramme(long trainee, String programmeId) {
        LearnerSettings settings = study.settings(trainee);
        study.saveSettings(trainee, new LearnerSettings(settings.newItemsPerDay(), settings.timeZone(),
                settings.keyboardShortcuts(), programmeId));
    }

    /**
     * Sixty simulated days of study (right and wrong answers, every confidence, some slow answers) through the same
     * code the server runs, on the server's database, with a clock the test moves. Afterwards every stored memory
     * state is exactly what a replay of the review log gives, and still is after a time-zone change rebuilt them.
     */
    @Test
    void memoryStatesEqualAReplayOfTheLogAfterSixtyDaysOfStudy() {
        long trainee = newTrainee("replay.");
        profiles.ensure(trainee);
        SteppingClock clock = new SteppingClock(START);
        StudyLedger ledger = queries.ledger(clock);
        Random learner = new Random(42);
        int answers = 0;
        int hardForSlowness = 0;
        int day;
        for (day = 0; day < 60; day++) {
            clock.set(START.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(learner.nextInt(600))));
            for (int i = 0; i < 25; i++) {
                Optional<PresentedQuestion> shown = queries.inTransaction(() -> ledger.currentQuestion(trainee));
                if (shown.isEmpty()) {
                    break;
                }
                Question question = shown.get().question();
                boolean slow = learner.nextInt(8) == 0 && question.expectedSeconds().isPresent();
                clock.advance(slow ? Duration.ofSeconds(question.expectedSeconds().getAsInt() * 4L)
                        : Duration.ofSeconds(5 + learner.nextInt(20)));
                boolean right = learner.nextDouble() < 0.8;
                Confidence confidence = Confidence.values()[learner.nextInt(Confidence.values().length)];
                AnswerSubmission submission = new AnswerSubmission(shown.get().token(),
                        right ? SampleAnswers.correct(question) : SampleAnswers.wrong(question), confidence);
                AnswerOutcome outcome = queries.inTransaction(() -> ledger.submit(trainee, submission));
                answers++;
                assertEquals(right, outcome.correct(), question.id());
                assertFalse(outcome.responseTime().isNegative());
                if (slow && right) {
                    assertEquals(Rating.HARD, outcome.rating(), "a right answer 4x slower than expected is Hard");
                    hardForSlowness++;
                }
            }
        }
        Map<Long, CardState> stored = states.storedStates(trainee);
        assertTrue(answers > 300, "answers: " + answers);
        assertTrue(hardForSlowness > 0, "no slow answer was graded");
        assertTrue(stored.values().stream().anyMatch(s -> s.phase() == Phase.REVIEW && s.reviewCount() >= 4));
        assertTrue(stored.values().stream().anyMatch(s -> s.lapses() > 0));
        assertEquals(states.replayedStates(trainee), stored);

        // Move far east, study on, then far west (a same-day step straddles each change): days are recomputed in
        // the new zone from the answers' instants, the dashboard works, and the cache still equals a replay.
        day = studyDays(ledger, clock, learner, trainee, 60, 5, ZoneId.of("Pacific/Auckland"));
        studyDays(ledger, clock, learner, trainee, day, 5, ZoneId.of("America/Los_Angeles"));
        Map<Long, CardState> later = states.storedStates(trainee);
        assertEquals(states.replayedStates(trainee), later);
        assertTrue(later.size() >= stored.size());
        Dashboard dashboard = study.dashboard(trainee);
        assertTrue(dashboard.certification().learnedItems() > 0, "learned items: " + dashboard.certification());
        assertTrue(dashboard.streakDays() >= 0);
    }

    /** Switches the learner's zone, then studies {@code days} more days; returns the next day number. */
    private int studyDays(StudyLedger ledger, SteppingClock clock, Random learner, long trainee, int firstDay, int days,
            ZoneId zone) {
        LearnerSettings settings = study.settings(trainee);
        study.saveSettings(trainee, new LearnerSettings(settings.newItemsPerDay(), zone, settings.keyboardShortcuts(),
                settings.programmeId()));
        assertEquals(states.replayedStates(trainee), states.storedStates(trainee), "rebuilt for " + zone);
        for (int day = firstDay; day < firstDay + days; day++) {
            clock.set(START.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(learner.nextInt(600))));
            for (int i = 0; i < 25; i++) {
                Optional<PresentedQuestion> shown = queries.inTransaction(() -> ledger.currentQuestion(trainee));
                if (shown.isEmpty()) {
                    break;
                }
                clock.advance(Duration.ofSeconds(5 + learner.nextInt(20)));
                Question question = shown.get().question();
                AnswerSubmission submission = new AnswerSubmission(shown.get().token(), learner.nextDouble() < 0.8
                        ? SampleAnswers.correct(question) : SampleAnswers.wrong(question), Confidence.NOT_STATED);
                queries.inTransaction(() -> ledger.submit(trainee, submission));
            }
        }
        return firstDay + days;
    }
}
