package org.ketaminetraining.web.insight;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.insight.calibration.CalibrationBin;
import org.ketaminetraining.insight.calibration.CalibrationReport;
import org.ketaminetraining.insight.service.CalibrationInsights;
import org.ketaminetraining.insight.service.CalibrationView;
import org.ketaminetraining.insight.service.ItemAnalysisView;
import org.ketaminetraining.insight.service.ItemInsights;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Site;

/**
 * Calibration, visible ({@code /insight/calibration?programme=ID}): predicted recall against the recall then observed,
 * per bin of predicted recall, with RMSE(bins), log loss and AUC, for the FSRS-6 defaults and the fitted set. The
 * certificate's knowledge currency rests on these predictions. A chart and, for each set, the same numbers in a table.
 */
@AuthorizeInstantiation({"EDUCATOR", "ADMIN"})
public class CalibrationPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalibrationInsights calibration;
    @Inject
    private ItemInsights insights;
    private final String programme;
    private final LoadableDetachableModel<List<ItemAnalysisView.ModuleOption>> programmes;
    private final LoadableDetachableModel<CalibrationView> view;
    private boolean recalculate;

    public CalibrationPage(PageParameters parameters) {
        super(parameters);
        programmes = LoadableDetachableModel.of(() -> guarded(() -> insights.programmes(AppSession.get().caller())));
        InsightView asked = InsightView.of(parameters);
        programme = asked.programmeId().or(() -> programmes.getObject().stream().findFirst()
                .map(ItemAnalysisView.ModuleOption::key)).orElse(null);
        view = LoadableDetachableModel.of(() -> guarded(() -> {
            CalibrationView loaded = calibration.calibration(AppSession.get().caller(), programme, recalculate);
            recalculate = false;
            return loaded;
        }));
        add(ProgrammeLinks.byProgramme("programme", programmes, CalibrationPage.class, programme));
        add(new WebMarkupContainer("noProgramme").add(VisibleWhen.of(() -> programme == null)));
        WebMarkupContainer content = new WebMarkupContainer("content");
        add(content.add(VisibleWhen.of(() -> programme != null)));
        content.add(new Label("computed", () -> text("computed", DisplayTime.readable(view.getObject().computedAt(),
                Site.get().organisationZone()))));
        Form<Void> form = new Form<>("recalculate");
        form.add(new Button("now") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                recalculate = true;
                view.detach();
            }
        });
        content.add(form);
        content.add(new Label("chart", () -> InsightCharts.lines(series(), true, getString("chart")))
                .setEscapeModelStrings(false));
        content.add(new ListView<>("model", () -> view.getObject().models()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<CalibrationView.ModelCalibration> item) {
                CalibrationView.ModelCalibration model = item.getModelObject();
                CalibrationReport report = model.report();
                int index = item.getIndex();
                item.add(new Label("label", text("model.heading", model.label(), model.version(),
                        getString(index == 0 ? "series.first" : "series.second"))));
                item.add(new Label("reviews", report.reviews()));
                item.add(new Label("rmse", InsightFormat.decimal(report.rmseBins(), 4)));
                item.add(new Label("logLoss", InsightFormat.decimal(report.logLoss(), 4)));
                item.add(new Label("auc", InsightFormat.decimal(report.auc(), 3)));
                item.add(new Label("caption", text("bins.caption", model.label())));
                // The bins through the page's model, by index: a row keeps no service result between requests.
                item.add(new ListView<>("bin", () -> view.getObject().models().get(index).report().bins()) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<CalibrationBin> row) {
                        CalibrationBin bin = row.getModelObject();
                        row.add(new Label("range", text("range", Math.round(bin.lowerBound() * 100),
                                Math.round(bin.upperBound() * 100))));
                        row.add(new Label("count", bin.count()));
                        row.add(new Label("predicted", InsightFormat.percent(OptionalDouble.of(bin.meanPredicted()))));
                        row.add(new Label("observed", InsightFormat.percent(OptionalDouble.of(
                                bin.observedRecall()))));
                    }
                });
            }
        });
        content.add(new ResourceLink<>("csv", InsightCsvResource.CALIBRATION,
                new PageParameters().add("programme", programme == null ? "" : programme)));
        content.add(new BookmarkablePageLink<>("items", ItemAnalysisPage.class,
                new PageParameters().add("programme", programme == null ? "" : programme)));
    }

    private <T> T guarded(java.util.function.Supplier<T> load) {
        return Refusals.load(load, CalibrationPage.class);
    }

    private List<InsightCharts.Series> series() {
        List<InsightCharts.Series> series = new ArrayList<>();
        List<CalibrationView.ModelCalibration> models = view.getObject().models();
        for (int i = 0; i < models.size(); i++) {
            List<double[]> points = new ArrayList<>();
            for (CalibrationBin bin : models.get(i).report().bins()) {
                points.add(new double[]{bin.meanPredicted(), bin.observedRecall()});
            }
            series.add(new InsightCharts.Series(points, i == 0 ? InsightCharts.BLUE : InsightCharts.ORANGE, i > 0));
        }
        return series;
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forReference(ItemInsightPage.CSS));
    }
}
