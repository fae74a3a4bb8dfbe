package org.ketaminetraining.web.insight;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.CssResourceReference;
import org.ketaminetraining.insight.items.ItemFlag;
import org.ketaminetraining.insight.items.ItemStatistics;
import org.ketaminetraining.insight.items.OptionCount;
import org.ketaminetraining.insight.items.SrsMetrics;
import org.ketaminetraining.insight.service.ItemInsightDetail;
import org.ketaminetraining.insight.service.ItemInsights;
import org.ketaminetraining.insight.trend.MonthlyAccuracy;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.web.component.MarkdownLabel;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Destination;
import org.ketaminetraining.web.layout.NotFoundPage;
import org.ketaminetraining.web.layout.Site;

/**
 * One item ({@code /insight/item?programme=ID&item=KEY}): its figures from assessments and from study, the flags they
 * raise, how often each answer was chosen by everyone and by the top and bottom thirds (a chart and the same numbers
 * in a table), and its accuracy month by month.
 */
@AuthorizeInstantiation({"EDUCATOR", "ADMIN"})
public class ItemInsightPage extends BasePage {

    private static final long serialVersionUID = 1L;
    static final CssResourceReference CSS = new CssResourceReference(ItemInsightPage.class, "insight.css");

    @Inject
    private ItemInsights insights;
    private final InsightView view;
    private final LoadableDetachableModel<ItemInsightDetail> detail;

    public ItemInsightPage(PageParameters parameters) {
        super(parameters);
        view = InsightView.of(parameters);
        if (view.programme() == null || view.item() == null) {
            throw new RestartResponseException(NotFoundPage.class);
        }
        detail = LoadableDetachableModel.of(this::load);
        add(new BookmarkablePageLink<>("back", ItemAnalysisPage.class, view.withItem(null).parameters()));
        add(new Label("heading", () -> text("heading", view.item())));
        add(new Label("programme", () -> text("programme", detail.getObject().programmeTitle(),
                getString(view.allAttempts() ? "attempts.all" : "attempts.first"))));
        add(new BookmarkablePageLink<>("edit", Site.get().pageOf(Destination.QUESTION),
                new PageParameters().add("id", view.item())));
        add(MarkdownLabel.block("stem", () -> detail.getObject().stem()));
        add(new ListView<>("flag", () -> detail.getObject().row().flags()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ItemFlag> item) {
                item.add(new Label("text", item.getModelObject().explanation()));
            }
        });
        add(new Label("noFlags", getString("noFlags")).add(VisibleWhen.of(() -> detail.getObject().row().flags()
                .isEmpty())));
        addAssessmentFigures();
        addStudyFigures();
        addOptions();
        addMonths();
        add(new ResourceLink<>("csv", InsightCsvResource.ITEM, view.parameters()));
    }

    private ItemInsightDetail load() {
        try {
            return insights.item(AppSession.get().caller(), view.programme(), view.item(), view.allAttempts());
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        } catch (ValidationException unknown) {
            throw new RestartResponseException(NotFoundPage.class);
        }
    }

    private ItemStatistics statistics() {
        return detail.getObject().row().statistics();
    }

    private OptionalDouble metric(java.util.function.Function<SrsMetrics, OptionalDouble> figure) {
        return ItemRows.metric(detail.getObject().row(), figure);
    }

    private void addAssessmentFigures() {
        add(new Label("responses", () -> statistics().responses()));
        add(new Label("facility", () -> InsightFormat.percentWithInterval(statistics().facility(),
                statistics().facilityLow(), statistics().facilityHigh())));
        add(new Label("sd", () -> InsightFormat.decimal(statistics().sd(), 2)));
        add(new Label("discrimination", () -> InsightFormat.decimalWithInterval(statistics().discrimination(),
                statistics().discriminationLow(), statistics().discriminationHigh())));
        add(new Label("efficiency", () -> InsightFormat.percent(statistics().discriminativeEfficiency())));
    }

    private void addStudyFigures() {
        add(new Label("reviews", () -> detail.getObject().row().metrics().map(SrsMetrics::reviews).orElse(0)));
        add(new Label("learners", () -> detail.getObject().row().metrics().map(SrsMetrics::learners).orElse(0)));
        add(new Label("firstTry", () -> InsightFormat.percent(metric(SrsMetrics::firstTryAccuracy))));
        add(new Label("lapseRate", () -> InsightFormat.percent(metric(SrsMetrics::lapseRate))));
        add(new Label("difficulty", () -> InsightFormat.decimal(metric(SrsMetrics::meanDifficulty), 1)));
        add(new Label("stability", () -> {
            OptionalDouble days = metric(SrsMetrics::medianDaysToStability21);
            int reached = detail.getObject().row().metrics().map(SrsMetrics::learnersReachedStability21).orElse(0);
            return days.isEmpty() ? InsightFormat.NONE
                    : text("stability.value", Math.round(days.getAsDouble()), reached);
        }));
        add(new Label("confidentlyWrong", () -> InsightFormat.percent(metric(SrsMetrics::confidentlyWrongRate))));
        add(new Label("responseTime", () -> {
            OptionalDouble seconds = metric(SrsMetrics::medianResponseSeconds);
            return seconds.isEmpty() ? InsightFormat.NONE : text("seconds", Math.round(seconds.getAsDouble()));
        }));
        add(new Label("leeches", () -> text("leeches.value",
                detail.getObject().row().metrics().map(SrsMetrics::leeches).orElse(0),
                detail.getObject().row().metrics().map(SrsMetrics::maxLapses).orElse(0))));
    }

    private void addOptions() {
        add(new Label("optionsChart", () -> InsightCharts.bars(optionGroups(), getString("options.chart")))
                .setEscapeModelStrings(false).add(VisibleWhen.of(() -> !statistics().options().isEmpty())));
        add(new ListView<>("option", () -> statistics().options()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<OptionCount> item) {
                OptionCount option = item.getModelObject();
                item.add(new Label("category", option.category()));
                String category = option.category();
                item.add(MarkdownLabel.phrasing("text", () -> textOf(category)));
                item.add(new Label("key", getString(option.key() ? "key.yes" : "key.no")));
                item.add(new Label("chosen", option.chosen()));
                item.add(new Label("all", InsightFormat.percent(share(option.chosen(), statistics().responses()))));
                item.add(new Label("top", InsightFormat.percent(share(option.chosenTopThird(),
                        option.topThirdSize()))));
                item.add(new Label("bottom", InsightFormat.percent(share(option.chosenBottomThird(),
                        option.bottomThirdSize()))));
            }
        });
        add(new Label("noOptions", getString("noOptions")).add(VisibleWhen.of(() -> statistics().options()
                .isEmpty())));
    }

    private String textOf(String category) {
        return detail.getObject().categories().stream().filter(c -> c.category().equals(category)).findFirst()
                .map(ItemInsightDetail.Category::text).orElse(category);
    }

    private OptionalDouble share(int count, int of) {
        return InsightFormat.share(count, of, statistics().enoughResponses());
    }

    private List<InsightCharts.BarGroup> optionGroups() {
        List<InsightCharts.BarGroup> groups = new ArrayList<>();
        for (OptionCount option : statistics().options()) {
            groups.add(new InsightCharts.BarGroup(option.category() + (option.key() ? " \u2713" : ""), List.of(
                    share(option.chosen(), statistics().responses()),
                    share(option.chosenTopThird(), option.topThirdSize()),
                    share(option.chosenBottomThird(), option.bottomThirdSize()))));
        }
        return groups;
    }

    private void addMonths() {
        add(new Label("monthsChart", () -> InsightCharts.lines(List.of(
                new InsightCharts.Series(points(detail.getObject().studyAccuracy()), InsightCharts.BLUE, false),
                new InsightCharts.Series(points(detail.getObject().assessmentAccuracy()), InsightCharts.ORANGE,
                        true)),
                false, getString("months.chart")))
                .setEscapeModelStrings(false).add(VisibleWhen.of(() -> !MonthRows.of(detail.getObject()).isEmpty())));
        add(new ListView<>("month", () -> MonthRows.of(detail.getObject())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<MonthRows.Row> item) {
                MonthRows.Row row = item.getModelObject();
                item.add(new Label("month", MonthRows.words(row.month())));
                item.add(new Label("studyAnswers", row.study().map(MonthlyAccuracy.Month::answers).orElse(0)));
                item.add(new Label("studyAccuracy", InsightFormat.percent(row.study()
                        .map(MonthlyAccuracy.Month::accuracy).orElse(OptionalDouble.empty()))));
                item.add(new Label("assessmentAnswers", row.assessment().map(MonthlyAccuracy.Month::answers)
                        .orElse(0)));
                item.add(new Label("assessmentAccuracy", InsightFormat.percent(row.assessment()
                        .map(MonthlyAccuracy.Month::accuracy).orElse(OptionalDouble.empty()))));
            }
        });
        add(new Label("noMonths", getString("noMonths")).add(VisibleWhen.of(() -> MonthRows.of(detail.getObject())
                .isEmpty())));
    }

    /** The series on the months of both (first to last month of either), evenly spread along x. */
    private List<double[]> points(List<MonthlyAccuracy.Month> months) {
        List<MonthRows.Row> rows = MonthRows.of(detail.getObject());
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            java.time.YearMonth month = rows.get(i).month();
            double x = rows.size() < 2 ? 0.5 : (double) i / (rows.size() - 1);
            OptionalDouble y = months.stream().filter(m -> m.month().equals(month)).findFirst()
                    .map(MonthlyAccuracy.Month::accuracy).orElse(OptionalDouble.empty());
            points.add(new double[]{x, y.orElse(Double.NaN)});
        }
        return points;
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forReference(CSS));
    }
}
