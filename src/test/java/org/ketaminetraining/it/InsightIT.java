package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.bank.service.BankImportService;
import org.ketaminetraining.insight.items.FlagReason;
import org.ketaminetraining.insight.items.ItemFlag;
import org.ketaminetraining.insight.service.CalibrationInsights;
import org.ketaminetraining.insight.service.CalibrationView;
import org.ketaminetraining.insight.service.FittingJobView;
import org.ketaminetraining.insight.service.FittingOverview;
import org.ketaminetraining.insight.service.InsightRow;
import org.ketaminetraining.insight.service.ItemAnalysisView;
import org.ketaminetraining.insight.service.ItemInsightDetail;
import org.ketaminetraining.insight.service.ItemInsights;
import org.ketaminetraining.insight.service.ParameterFitting;
import org.ketaminetraining.insight.store.FittingJob;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccessDeniedException;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.grading.Confidence;
import org.ketaminetraining.study.fixtures.SampleAnswers;
import org.ketaminetraining.study.service.AnswerSubmission;
import org.ketaminetraining.study.service.JpaStudyService;
import org.ketaminetraining.study.service.LearnerSettings;
import org.ketaminetraining.study.service.PresentedQuestion;
import org.ketaminetraining.study.store.SchedulingParameterSet;

/**
 * Item analysis, calibration and fitting on the real server and database, over the simulated learners demo mode
 * seeds into the main programme: the deliberately flawed items are flagged, figures are withheld below the gate,
 * a fit runs in the background, is judged on held-out reviews, applied, recorded with later answers and rolled back,
 * and only the right roles may do each. (JUnit's assertions: the test runs inside the server.)
 */
@ExtendWith(ArquillianExtension.class)
class InsightIT {

    private static final String PROGRAMME = "ketamine-clinical-safety";

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("insight-it.war", InsightIT.class, InsightQueries.class, SampleAnswers.class,
                BankFiles.class);
    }

    @Inject
    private ItemInsights insights;
    @Inject
    private CalibrationInsights calibration;
    @Inject
    private ParameterFitting fitting;
    @Inject
    private JpaStudyService study;
    @Inject
    private InsightQueries queries;
    @Inject
    private Callers callers;
    @Inject
    private org.ketaminetraining.config.AppSettings settings;

    @Inject
    private BankImportService banks;

    private SignedInUser educator() {
        return callers.byUsername("educator");
    }

    @Test
    void demoModeSeedsSimulatedLearnersWhoCannotSignIn() {
        assertEquals(settings.demoSimulatedLearners(), queries.simulatedLearners());
    }

    @Test
    void theDeliberatelyFlawedItemsAreFlaggedWithTheirReasonsAndFiguresPassTheGate() {
        ItemAnalysisView view = insights.analysis(educator(), PROGRAMME, false);

        assertEquals(BankFiles.programmeItems(banks.questionsDirectory(callers.admin()), PROGRAMME),
                view.rows().size());
        assertTrue(view.test().attempts() >= settings.demoSimulatedLearners() * 9 / 10,
                "first attempts analysed: " + view.test().attempts());
        assertTrue(view.test().cronbachAlpha().isPresent(),
                "every attempt has the same number of items, so alpha is defined");
        long withFigures = view.rows().stream().filter(r -> r.statistics().facility().isPresent()).count();
        assertTrue(withFigures >= 100, "items past the gate: " + withFigures);
        view.rows().stream().filter(r -> !r.statistics().enoughResponses()).forEach(r -> assertFalse(
                r.statistics().discrimination().isPresent(), r.questionKey() + " shows a figure below the gate"));
        // The seeder names the items it flawed on purpose: "... flawed: misconception=k1, reversed=k2, too_easy=k3".
        String detail = queries.auditDetail("demo.simulated-histories");
        java.util.Map<String, String> flawed = java.util.Arrays.stream(detail.substring(detail.indexOf("flawed: ")
                + 8).split(", ")).map(pair -> pair.split("=")).collect(Collectors.toMap(p -> p[0], p -> p[1]));
        assertTrue(reasonsOf(view, flawed.get("misconception")).contains(FlagReason.CONFIDENTLY_WRONG), detail);
        assertTrue(reasonsOf(view, flawed.get("too_easy")).contains(FlagReason.TOO_EASY), detail);
        InsightRow reversed = row(view, flawed.get("reversed"));
        assertTrue(reasonsOf(view, reversed.questionKey()).containsAll(Set.of(FlagReason.DISTRACTOR_BEATS_KEY,
                FlagReason.LOW_DISCRIMINATION)), String.valueOf(reversed.flags()));
        assertTrue(reversed.statistics().discrimination().orElseThrow() < 0, reversed.questionKey());
        // With about 18 responses an item's discrimination is noisy (its interval spans about +-0.4), so plain items
        // are flagged too, but far from all of them.
        long flagged = view.rows().stream().filter(InsightRow::flagged).count();
        assertTrue(flagged < view.rows().size() / 2, "flagged: " + flagged + " of " + view.rows().size());

        ItemAnalysisView all = insights.analysis(educator(), PROGRAMME, true);
        assertTrue(all.test().attempts() >= view.test().attempts());
    }

    @Test
    void anItemsPageHasItsOptionsInWordsAndItsMonths() {
        ItemAnalysisView view = insights.analysis(educator(), PROGRAMME, false);
        // An item answered in final attempts (past the gate, with at least three options) and studied too: with
        // learners studying a few items each, not every item has both.
        List<InsightRow> candidates = view.rows().stream().filter(r -> r.statistics().enoughResponses()
                && r.statistics().options().size() >= 3).toList();
        assertFalse(candidates.isEmpty(), "no choice item past the gate");
        InsightRow choice = candidates.stream()
                .filter(r -> !insights.item(educator(), PROGRAMME, r.questionKey(), false).studyAccuracy().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no item past the gate was also studied"));

        ItemInsightDetail detail = insights.item(educator(), PROGRAMME, choice.questionKey(), false);

        assertEquals(choice.statistics().options().size(), detail.categories().size());
        assertTrue(detail.categories().stream().anyMatch(ItemInsightDetail.Category::key));
        assertTrue(detail.categories().stream().noneMatch(c -> c.text().equals(c.category())),
                "every option is shown with its text");
        assertFalse(detail.studyAccuracy().isEmpty());
        assertFalse(detail.stem().isBlank());
        assertThrows(ValidationException.class, () -> insights.item(educator(), PROGRAMME, "no-such-item", false));
    }

    @Test
    void onlyEducatorsAndAdministratorsSeeItemAnalysisAndCalibration() {
        SignedInUser trainee = callers.byUsername("trainee");
        SignedInUser manager = callers.byUsername("manager");
        assertThrows(AccessDeniedException.class, () -> insights.analysis(trainee, PROGRAMME, false));
        assertThrows(AccessDeniedException.class, () -> insights.programmes(manager));
        assertThrows(AccessDeniedException.class, () -> calibration.calibration(trainee, PROGRAMME, false));
        assertThrows(AccessDeniedException.class, () -> fitting.overview(manager, PROGRAMME));
        assertThrows(AccessDeniedException.class, () -> fitting.start(educator(), PROGRAMME));
        assertThrows(AccessDeniedException.class, () -> fitting.rollBack(educator(), PROGRAMME));
    }

    @Test
    void calibrationComparesTheDefaultsPredictionsWithWhatHappened() {
        CalibrationView view = calibration.calibration(educator(), PROGRAMME, true);

        CalibrationView.ModelCalibration defaults = view.models().get(0);
        assertEquals(FsrsParameters.DEFAULT.version(), defaults.version());
        assertTrue(defaults.report().reviews() > 1_000, "scored reviews: " + defaults.report().reviews());
        assertTrue(defaults.report().rmseBins().orElseThrow() < 0.2);
        assertTrue(defaults.report().auc().orElseThrow() > 0.5);
        assertEquals(defaults.report().reviews(), defaults.report().bins().stream()
                .mapToInt(org.ketaminetraining.insight.calibration.CalibrationBin::count).sum());
    }

    @Test
    void aFitRunsInTheBackgroundIsAppliedWhenItPredictsHeldOutReviewsBetterAndRollsBack() throws Exception {
        SignedInUser admin = callers.admin();
        long trainee = callers.newAccount(Set.of(Role.TRAINEE), Set.of("demo-ward"), Set.of()).accountId();
        studies(trainee);
        answerOne(trainee);
        try {
            FittingJobView started = fitting.start(admin, PROGRAMME);
            FittingJobView done = awaitEnd(admin, started.id());
            assertEquals(FittingJob.State.DONE, done.state(), done.message().orElse(""));

            FittingOverview overview = fitting.overview(admin, PROGRAMME);
            var set = overview.sets().get(0);
            assertEquals(SchedulingParameterSet.State.ACTIVE, set.state(), set.reason());
            assertEquals(set.version(), overview.activeVersion());
            assertTrue(set.heldOutReviews() > 0 && set.trainingReviews() > set.heldOutReviews());
            assertTrue(set.logLossAfter().orElseThrow() < set.logLossBefore().orElseThrow(), set.reason());
            assertTrue(queries.auditEntries("scheduling-parameters-applied", PROGRAMME) >= 1);

            // The learner's states were rebuilt under the new weights, and their next answer records them.
            assertEquals(study.replayedStates(trainee), study.storedStates(trainee));
            answerOne(trainee);
            List<String> versions = queries.parameterVersions(trainee);
            assertEquals(FsrsParameters.DEFAULT.version(), versions.get(0));
            assertEquals(set.version(), versions.get(versions.size() - 1));
            assertEquals(2, calibration.calibration(admin, PROGRAMME, true).models().size());
        } finally {
            // Back to the defaults for the tests after this one (when the fit was applied at all: otherwise the
            // assertion above has already failed, and a refused roll-back would hide why).
            if (fitting.overview(admin, PROGRAMME).canRollBack()) {
                FittingJobView rolledBack = fitting.rollBack(admin, PROGRAMME);
                assertEquals(FittingJob.State.DONE, awaitEnd(admin, rolledBack.id()).state());
            }
        }
        FittingOverview after = fitting.overview(admin, PROGRAMME);
        assertEquals(FsrsParameters.DEFAULT.version(), after.activeVersion());
        assertEquals(SchedulingParameterSet.State.RETIRED, after.sets().get(0).state());
        assertEquals(study.replayedStates(trainee), study.storedStates(trainee));
        assertThrows(ValidationException.class, () -> fitting.rollBack(admin, PROGRAMME));
    }

    @Test
    void aSecondRunWaitsForTheFirstAndAnUnknownProgrammeIsNamed() {
        SignedInUser admin = callers.admin();
        long running = queries.openRunningJob(PROGRAMME);
        try {
            ValidationException twice = assertThrows(ValidationException.class, () -> fitting.start(admin,
                    PROGRAMME));
            assertTrue(twice.messagesByField().get("programme").contains("already in progress"));
        } finally {
            queries.finishJob(running);
        }
        ValidationException unknown = assertThrows(ValidationException.class, () -> fitting.start(admin, "nope"));
        assertTrue(unknown.messagesByField().get("programme").contains("\"nope\""));
    }

    private static InsightRow row(ItemAnalysisView view, String key) {
        return view.rows().stream().filter(r -> r.questionKey().equals(key)).findFirst().orElseThrow();
    }

    private static Set<FlagReason> reasonsOf(ItemAnalysisView view, String key) {
        return row(view, key).flags().stream().map(ItemFlag::reason)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FlagReason.class)));
    }

    private void studies(long trainee) {
        LearnerSettings current = study.settings(trainee);
        study.saveSettings(trainee, new LearnerSettings(current.newItemsPerDay(), current.timeZone(),
                current.keyboardShortcuts(), PROGRAMME));
    }

    private void answerOne(long trainee) {
        PresentedQuestion shown = study.currentQuestion(trainee).orElseThrow();
        study.submit(trainee, new AnswerSubmission(shown.token(), SampleAnswers.correct(shown.question()),
                Confidence.NOT_STATED));
    }

    private FittingJobView awaitEnd(SignedInUser admin, long jobId) throws InterruptedException {
        Instant give = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(give)) {
            FittingJobView job = fitting.job(admin, jobId).orElseThrow();
            if (!job.running()) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("fitting job " + jobId + " still running after 3 minutes");
    }
}
