package org.ketaminetraining.web.insight;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.request.resource.ResourceReference;
import org.ketaminetraining.insight.calibration.CalibrationBin;
import org.ketaminetraining.insight.items.ItemStatistics;
import org.ketaminetraining.insight.items.OptionCount;
import org.ketaminetraining.insight.items.SrsMetrics;
import org.ketaminetraining.insight.service.CalibrationInsights;
import org.ketaminetraining.insight.service.CalibrationView;
import org.ketaminetraining.insight.service.InsightRow;
import org.ketaminetraining.insight.service.ItemAnalysisView;
import org.ketaminetraining.insight.service.ItemInsightDetail;
import org.ketaminetraining.insight.service.ItemInsights;
import org.ketaminetraining.insight.service.ParameterFitting;
import org.ketaminetraining.insight.service.ParameterSetView;
import org.ketaminetraining.insight.trend.MonthlyAccuracy;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.FreshResource;
import org.ketaminetraining.web.csv.SpreadsheetCsv;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.CertificationResource;

/**
 * Every insight table as CSV for a spreadsheet, with the page's view from the URL: the item table, one item's
 * answers and months, the calibration bins and the fitted sets. The services check the caller (educators and
 * administrators); withheld figures are empty cells, cells are neutralised against formula injection.
 */
public final class InsightCsvResource extends CertificationResource {

    private static final long serialVersionUID = 1L;

    /** Which table a reference gives. */
    enum Table {
        ITEMS, ITEM, CALIBRATION, PARAMETERS
    }

    public static final ResourceReference ITEMS = reference(Table.ITEMS, "insight-items-csv");
    public static final ResourceReference ITEM = reference(Table.ITEM, "insight-item-csv");
    public static final ResourceReference CALIBRATION = reference(Table.CALIBRATION, "insight-calibration-csv");
    public static final ResourceReference PARAMETERS = reference(Table.PARAMETERS, "insight-parameters-csv");

    static final List<String> ITEMS_HEADER = List.of("item", "module", "safety_critical", "responses", "facility",
            "facility_low", "facility_high", "sd", "discrimination", "discrimination_low", "discrimination_high",
            "discriminative_efficiency", "reviews", "learners", "first_try_accuracy", "lapse_rate",
            "mean_difficulty", "median_days_to_stability_21", "confidently_wrong_rate", "median_response_seconds",
            "leeches", "needs_checking");

    @Inject
    private ItemInsights insights;
    @Inject
    private CalibrationInsights calibration;
    @Inject
    private ParameterFitting fitting;
    private final Table table;

    private InsightCsvResource(Table table) {
        this.table = table;
    }

    private static ResourceReference reference(Table table, String name) {
        return FreshResource.of(InsightCsvResource.class, name, () -> new InsightCsvResource(table));
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        SignedInUser caller = signedIn();
        InsightView view = InsightView.of(attributes.getParameters());
        if (view.programme() == null || (table == Table.ITEM && view.item() == null)) {
            throw new AbortWithHttpErrorCodeException(400, "Name the programme" + (table == Table.ITEM
                    ? " and the item" : "") + ".");
        }
        try {
            return switch (table) {
                case ITEMS -> csv("item-analysis-" + view.programme() + ".csv", ITEMS_HEADER,
                        items(insights.analysis(caller, view.programme(), view.allAttempts()), view));
                case ITEM -> csv("item-" + view.item() + ".csv", List.of("table", "answer_or_month", "text", "key",
                        "chosen_or_answers", "share_everyone_or_right", "share_top_third_or_assessment_answers",
                        "share_bottom_third_or_assessment_right"),
                        item(insights.item(caller, view.programme(), view.item(), view.allAttempts())));
                case CALIBRATION -> csv("calibration-" + view.programme() + ".csv", List.of("version", "label",
                        "bin_from", "bin_to", "reviews", "mean_predicted", "observed"),
                        calibration(calibration.calibration(caller, view.programme(), false)));
                case PARAMETERS -> csv("scheduling-parameters-" + view.programme() + ".csv", List.of("version",
                        "state", "created_at", "created_by", "reviews", "training_reviews", "held_out_reviews",
                        "log_loss_before", "log_loss_after", "rmse_bins_before", "rmse_bins_after", "reason"),
                        parameters(fitting.overview(caller, view.programme()).sets()));
            };
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        } catch (ValidationException unknown) {
            throw new AbortWithHttpErrorCodeException(404, String.join(" ", unknown.messagesByField().values()));
        }
    }

    private static ResourceResponse csv(String fileName, List<String> header, List<List<String>> rows) {
        ResourceResponse response = new ResourceResponse();
        response.disableCaching();
        response.setContentType("text/csv");
        response.setTextEncoding("UTF-8");
        response.setFileName(fileName.replaceAll("[^A-Za-z0-9._-]", "_"));
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        return bytes(response, SpreadsheetCsv.document(header, rows));
    }

    static List<List<String>> items(ItemAnalysisView analysis, InsightView view) {
        List<List<String>> rows = new ArrayList<>();
        for (InsightRow row : ItemRows.of(analysis.rows(), view)) {
            ItemStatistics s = row.statistics();
            rows.add(List.of(row.questionKey(), row.moduleTitle(), String.valueOf(row.safetyCritical()),
                    String.valueOf(s.responses()), InsightFormat.raw(s.facility()), InsightFormat.raw(s.facilityLow()),
                    InsightFormat.raw(s.facilityHigh()), InsightFormat.raw(s.sd()),
                    InsightFormat.raw(s.discrimination()), InsightFormat.raw(s.discriminationLow()),
                    InsightFormat.raw(s.discriminationHigh()), InsightFormat.raw(s.discriminativeEfficiency()),
                    String.valueOf(row.metrics().map(SrsMetrics::reviews).orElse(0)),
                    String.valueOf(row.metrics().map(SrsMetrics::learners).orElse(0)),
                    InsightFormat.raw(ItemRows.metric(row, SrsMetrics::firstTryAccuracy)),
                    InsightFormat.raw(ItemRows.metric(row, SrsMetrics::lapseRate)),
                    InsightFormat.raw(ItemRows.metric(row, SrsMetrics::meanDifficulty)),
                    InsightFormat.raw(ItemRows.metric(row, SrsMetrics::medianDaysToStability21)),
                    InsightFormat.raw(ItemRows.metric(row, SrsMetrics::confidentlyWrongRate)),
                    InsightFormat.raw(ItemRows.metric(row, SrsMetrics::medianResponseSeconds)),
                    String.valueOf(row.metrics().map(SrsMetrics::leeches).orElse(0)),
                    row.flags().stream().map(f -> f.explanation()).collect(Collectors.joining(" "))));
        }
        return rows;
    }

    static List<List<String>> item(ItemInsightDetail detail) {
        List<List<String>> rows = new ArrayList<>();
        ItemStatistics s = detail.row().statistics();
        for (OptionCount option : s.options()) {
            String text = detail.categories().stream().filter(c -> c.category().equals(option.category()))
                    .findFirst().map(ItemInsightDetail.Category::text).orElse(option.category());
            rows.add(List.of("answers", option.category(), text, String.valueOf(option.key()),
                    String.valueOf(option.chosen()), share(option.chosen(), s.responses(), s.enoughResponses()),
                    share(option.chosenTopThird(), option.topThirdSize(), s.enoughResponses()),
                    share(option.chosenBottomThird(), option.bottomThirdSize(), s.enoughResponses())));
        }
        for (MonthRows.Row month : MonthRows.of(detail)) {
            rows.add(List.of("months", month.month().toString(), "", "",
                    String.valueOf(month.study().map(MonthlyAccuracy.Month::answers).orElse(0)),
                    InsightFormat
                            .raw(month.study().map(MonthlyAccuracy.Month::accuracy).orElse(OptionalDouble.empty())),
                    String.valueOf(month.assessment().map(MonthlyAccuracy.Month::answers).orElse(0)),
                    InsightFormat.raw(month.assessment().map(MonthlyAccuracy.Month::accuracy)
                            .orElse(OptionalDouble.empty()))));
        }
        return rows;
    }

    private static String share(int count, int of, boolean shown) {
        return InsightFormat.raw(InsightFormat.share(count, of, shown));
    }

    static List<List<String>> calibration(CalibrationView view) {
        List<List<String>> rows = new ArrayList<>();
        for (CalibrationView.ModelCalibration model : view.models()) {
            for (CalibrationBin bin : model.report().bins()) {
                rows.add(List.of(model.version(), model.label(), number(bin.lowerBound()), number(bin.upperBound()),
                        String.valueOf(bin.count()), number(bin.meanPredicted()), number(bin.observedRecall())));
            }
        }
        return rows;
    }

    static List<List<String>> parameters(List<ParameterSetView> sets) {
        return sets.stream().map(set -> List.of(set.version(), set.state().name().toLowerCase(Locale.ROOT),
                DisplayTime.machineReadable(set.createdAt()), set.createdBy(), String.valueOf(set.reviews()),
                String.valueOf(set.trainingReviews()), String.valueOf(set.heldOutReviews()),
                InsightFormat.raw(set.logLossBefore()), InsightFormat.raw(set.logLossAfter()),
                InsightFormat.raw(set.rmseBinsBefore()), InsightFormat.raw(set.rmseBinsAfter()), set.reason()))
                .toList();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
