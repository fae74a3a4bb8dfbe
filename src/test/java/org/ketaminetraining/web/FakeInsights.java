package org.ketaminetraining.web;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ketaminetraining.insight.calibration.CalibrationBin;
import org.ketaminetraining.insight.calibration.CalibrationReport;
import org.ketaminetraining.insight.items.FlagReason;
import org.ketaminetraining.insight.items.ItemFlag;
import org.ketaminetraining.insight.items.ItemStatistics;
import org.ketaminetraining.insight.items.OptionCount;
import org.ketaminetraining.insight.items.SrsMetrics;
import org.ketaminetraining.insight.items.TestStatistics;
import org.ketaminetraining.insight.service.CalibrationInsights;
import org.ketaminetraining.insight.service.CalibrationView;
import org.ketaminetraining.insight.service.FittingJobView;
import org.ketaminetraining.insight.service.FittingOverview;
import org.ketaminetraining.insight.service.InsightRow;
import org.ketaminetraining.insight.service.ItemAnalysisView;
import org.ketaminetraining.insight.service.ItemInsightDetail;
import org.ketaminetraining.insight.service.ItemInsights;
import org.ketaminetraining.insight.service.ParameterFitting;
import org.ketaminetraining.insight.service.ParameterSetView;
import org.ketaminetraining.insight.store.FittingJob;
import org.ketaminetraining.insight.trend.MonthlyAccuracy;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccessDeniedException;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.study.store.SchedulingParameterSet;

/**
 * The insight services in memory, refusing as the real ones refuse: educators and administrators read, only
 * administrators fit and roll back. One programme with three items: a good one, one flagged twice, one below the gate.
 */
public class FakeInsights implements ItemInsights, CalibrationInsights, ParameterFitting {

    public static final String PROGRAMME = "ketamine-safety";
    public static final Instant COMPUTED = Instant.parse("2026-06-01T09:30:00Z");

    public final List<String> calls = new ArrayList<>();
    public boolean running;
    public String activeVersion = "fsrs6-default";

    private static void require(SignedInUser caller, Role... roles) {
        if (caller == null || java.util.Arrays.stream(roles).noneMatch(caller::has)) {
            throw new AccessDeniedException("refused");
        }
    }

    private static void known(String programmeId) {
        if (!PROGRAMME.equals(programmeId)) {
            throw ValidationException.of("programme", "There is no programme \"" + programmeId + "\".");
        }
    }

    static ItemStatistics statistics(String key, int responses, double facility, double discrimination,
            List<OptionCount> options) {
        boolean enough = responses >= 20;
        return new ItemStatistics(key, responses, enough, figure(enough, facility), figure(enough, facility - 0.1),
                figure(enough, facility + 0.05), figure(enough, 0.4), figure(enough, discrimination),
                figure(enough, discrimination - 0.2), figure(enough, discrimination + 0.2), figure(enough, 0.5),
                options);
    }

    private static OptionalDouble figure(boolean shown, double value) {
        return shown ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    static SrsMetrics metrics(String key, double firstTry, double confidentlyWrong, int leeches) {
        return new SrsMetrics(key, 300, 60, true, OptionalDouble.of(firstTry), OptionalDouble.of(0.08),
                OptionalDouble.of(5.2), OptionalDouble.of(34), 40, OptionalDouble.of(confidentlyWrong),
                OptionalDouble.of(12), leeches, leeches > 0 ? 9 : 2);
    }

    private List<InsightRow> rows() {
        List<OptionCount> options = List.of(new OptionCount("A", true, 30, 12, 6, 13, 13),
                new OptionCount("B", false, 8, 1, 5, 13, 13), new OptionCount("C", false, 2, 0, 2, 13, 13));
        return List.of(
                new InsightRow("pharm-001", "pharmacology", "Pharmacology", false,
                        statistics("pharm-001", 40, 0.75, 0.41, options),
                        Optional.of(metrics("pharm-001", 0.6, 0.04, 0)), List.of()),
                new InsightRow("safety-002", "safety", "Safety <checks>", true,
                        statistics("safety-002", 38, 0.52, -0.12, options),
                        Optional.of(metrics("safety-002", 0.3, 0.31, 2)),
                        List.of(new ItemFlag(FlagReason.LOW_DISCRIMINATION,
                                "Discrimination is -0.12: people who do well on the rest get it wrong."),
                                new ItemFlag(FlagReason.CONFIDENTLY_WRONG,
                                        "31% of sure answers were wrong: a likely misconception."))),
                new InsightRow("safety-003", "safety", "Safety <checks>", false,
                        statistics("safety-003", 4, 0.5, 0.1, List.of()), Optional.empty(), List.of()));
    }

    @Override
    public List<ItemAnalysisView.ModuleOption> programmes(SignedInUser caller) {
        require(caller, Role.EDUCATOR, Role.ADMIN);
        return List.of(new ItemAnalysisView.ModuleOption(PROGRAMME, "Ketamine safety"));
    }

    @Override
    public ItemAnalysisView analysis(SignedInUser caller, String programmeId, boolean allAttempts) {
        require(caller, Role.EDUCATOR, Role.ADMIN);
        known(programmeId);
        calls.add("analysis " + programmeId + (allAttempts ? " all" : " first"));
        return new ItemAnalysisView(PROGRAMME, "Ketamine safety", allAttempts, COMPUTED, 20,
                new TestStatistics(allAttempts ? 52 : 40, 0.78, 0.09, OptionalDouble.of(0.81),
                        OptionalDouble.of(0.44), OptionalDouble.of(0.04)),
                List.of(new ItemAnalysisView.ModuleOption("pharmacology", "Pharmacology"),
                        new ItemAnalysisView.ModuleOption("safety", "Safety <checks>")),
                rows());
    }

    @Override
    public ItemInsightDetail item(SignedInUser caller, String programmeId, String questionKey, boolean allAttempts) {
        require(caller, Role.EDUCATOR, Role.ADMIN);
        known(programmeId);
        InsightRow row = rows().stream().filter(r -> r.questionKey().equals(questionKey)).findFirst()
                .orElseThrow(() -> ValidationException.of("item", "No item \"" + questionKey + "\"."));
        return new ItemInsightDetail(PROGRAMME, "Ketamine safety", allAttempts, COMPUTED, 20, row,
                "Which receptor does **ketamine** block?", List.of(
                        new ItemInsightDetail.Category("A", "NMDA receptor", true),
                        new ItemInsightDetail.Category("B", "Mu-opioid <receptor>", false),
                        new ItemInsightDetail.Category("C", "GABA-A receptor", false)),
                List.of(month(2026, 4, 30, 0.7), month(2026, 5, 10, 0.8)),
                List.of(month(2026, 5, 25, 0.76)));
    }

    private static MonthlyAccuracy.Month month(int year, int month, int answers, double accuracy) {
        return new MonthlyAccuracy.Month(YearMonth.of(year, month), answers, (int) Math.round(answers * accuracy),
                answers >= 20 ? OptionalDouble.of(accuracy) : OptionalDouble.empty());
    }

    @Override
    public void recalculate(SignedInUser caller, String programmeId) {
        require(caller, Role.EDUCATOR, Role.ADMIN);
        calls.add("recalculate " + programmeId);
    }

    @Override
    public CalibrationView calibration(SignedInUser caller, String programmeId, boolean recalculate) {
        require(caller, Role.EDUCATOR, Role.ADMIN);
        known(programmeId);
        calls.add("calibration " + programmeId + (recalculate ? " afresh" : ""));
        return new CalibrationView(PROGRAMME, "Ketamine safety", COMPUTED, List.of(
                new CalibrationView.ModelCalibration("fsrs6-default", "FSRS-6 defaults", new CalibrationReport(300,
                        List.of(new CalibrationBin(0.8, 0.85, 100, 0.83, 0.78),
                                new CalibrationBin(0.9, 0.95, 200, 0.93, 0.91)),
                        OptionalDouble.of(0.0312), OptionalDouble.of(0.331), OptionalDouble.of(0.702))),
                new CalibrationView.ModelCalibration("fit-7-ketamine-safety", "Fitted set in use",
                        new CalibrationReport(300, List.of(new CalibrationBin(0.85, 0.9, 300, 0.88, 0.87)),
                                OptionalDouble.of(0.01), OptionalDouble.of(0.32), OptionalDouble.of(0.71)))));
    }

    @Override
    public FittingOverview overview(SignedInUser caller, String programmeId) {
        require(caller, Role.EDUCATOR, Role.ADMIN);
        known(programmeId);
        FittingJobView job = new FittingJobView(7, PROGRAMME, running ? FittingJob.State.RUNNING
                : FittingJob.State.DONE, running ? 0.42 : 1, "Fitting to 40,000 reviews", COMPUTED, "admin",
                running ? Optional.empty() : Optional.of(COMPUTED), Optional.of("fit-7-ketamine-safety"),
                running ? Optional.empty() : Optional.of("Applied fit-7-ketamine-safety."));
        ParameterSetView set = new ParameterSetView("fit-7-ketamine-safety",
                activeVersion.equals("fsrs6-default") ? SchedulingParameterSet.State.RETIRED
                        : SchedulingParameterSet.State.ACTIVE,
                40_000, 30_000, 8_000, OptionalDouble.of(0.34),
                OptionalDouble.of(0.33), OptionalDouble.of(0.04), OptionalDouble.of(0.02), "fsrs6-default",
                "Fitted weights predicted the held-out reviews better.", COMPUTED, "admin", Optional.of(COMPUTED),
                Optional.empty());
        return new FittingOverview(PROGRAMME, "Ketamine safety", activeVersion,
                !activeVersion.equals("fsrs6-default"), Optional.of(job), List.of(set));
    }

    @Override
    public Optional<FittingJobView> job(SignedInUser caller, long jobId) {
        require(caller, Role.EDUCATOR, Role.ADMIN);
        return overview(caller, PROGRAMME).latestJob();
    }

    @Override
    public FittingJobView start(SignedInUser caller, String programmeId) {
        require(caller, Role.ADMIN);
        known(programmeId);
        if (running) {
            throw ValidationException.of("programme", "A run for \"Ketamine safety\" is already in progress.");
        }
        calls.add("start " + programmeId);
        running = true;
        return overview(caller, programmeId).latestJob().orElseThrow();
    }

    @Override
    public FittingJobView rollBack(SignedInUser caller, String programmeId) {
        require(caller, Role.ADMIN);
        known(programmeId);
        calls.add("rollBack " + programmeId);
        activeVersion = "fsrs6-default";
        return overview(caller, programmeId).latestJob().orElseThrow();
    }
}
