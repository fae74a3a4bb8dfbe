package org.ketaminetraining.web.insight;

import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.ISortStateLocator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.HeadersToolbar;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.NoRecordsToolbar;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.model.IModel;
import java.util.ArrayList;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.insight.items.ItemFlag;
import org.ketaminetraining.insight.items.SrsMetrics;
import org.ketaminetraining.insight.items.TestStatistics;
import org.ketaminetraining.insight.service.InsightRow;
import org.ketaminetraining.insight.service.ItemAnalysisView;
import org.ketaminetraining.insight.service.ItemInsights;
import org.ketaminetraining.web.component.CardColumn;
import org.ketaminetraining.web.component.CardTable;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.SortHeader;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Destination;
import org.ketaminetraining.web.layout.Site;

/**
 * Which items work ({@code /insight/items?programme=ID}): the final assessment as a whole (Cronbach's alpha and its
 * error), then one row per item with Moodle's quiz statistics and the spaced-repetition metrics, and the items that
 * need checking with the reason in words and a link to the editor. The view (module, attempts, flagged only, sort)
 * is in the URL; the figures are the service's, computed at most every 15 minutes unless recalculated.
 */
@AuthorizeInstantiation({"EDUCATOR", "ADMIN"})
public class ItemAnalysisPage extends BasePage {

    private static final long serialVersionUID = 1L;
    /** Every item on one page: a programme has a few hundred, and an educator scans and sorts them all. */
    private static final long MAX_ROWS = 2_000;

    @Inject
    private ItemInsights insights;
    private final InsightView view;
    private final LoadableDetachableModel<List<ItemAnalysisView.ModuleOption>> programmes;
    private final LoadableDetachableModel<ItemAnalysisView> analysis;

    public ItemAnalysisPage(PageParameters parameters) {
        super(parameters);
        programmes = LoadableDetachableModel.of(() -> guarded(() -> insights.programmes(AppSession.get().caller())));
        InsightView asked = InsightView.of(parameters);
        view = asked.programmeId().isPresent() ? asked : programmes.getObject().stream().findFirst()
                .map(p -> asked.withProgramme(p.key())).orElse(asked);
        analysis = LoadableDetachableModel.of(() -> guarded(() -> insights.analysis(AppSession.get().caller(),
                view.programme(), view.allAttempts())));
        add(new ProgrammeLinks("programme", programmes, ItemAnalysisPage.class, view.programme(),
                key -> view.withProgramme(key).parameters()));
        add(new WebMarkupContainer("noProgramme").add(VisibleWhen.of(() -> view.programme() == null)));
        WebMarkupContainer content = new WebMarkupContainer("content");
        add(content.add(VisibleWhen.of(() -> view.programme() != null)));
        content.add(filters());
        content.add(summary());
        content.add(flagged());
        content.add(table());
    }

    private <T> T guarded(java.util.function.Supplier<T> load) {
        return Refusals.load(load, ItemAnalysisPage.class);
    }

    private static <C extends org.apache.wicket.Component> C current(C link, boolean current) {
        if (current) {
            link.add(AttributeModifier.replace("aria-current", "page"));
        }
        return link;
    }

    private WebMarkupContainer filters() {
        WebMarkupContainer filters = new WebMarkupContainer("filters");
        filters.add(current(new BookmarkablePageLink<>("allModules", ItemAnalysisPage.class,
                view.withModule(null).parameters()), view.module() == null));
        filters.add(new ListView<>("module", () -> analysis.getObject().modules()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ItemAnalysisView.ModuleOption> item) {
                String key = item.getModelObject().key();
                item.add(current(new BookmarkablePageLink<>("link", ItemAnalysisPage.class,
                        view.withModule(key).parameters()), key.equals(view.module()))
                        .add(new Label("name", item.getModelObject().title())));
            }
        });
        filters.add(current(new BookmarkablePageLink<>("firstAttempts", ItemAnalysisPage.class,
                view.withAllAttempts(false).parameters()), !view.allAttempts()));
        filters.add(current(new BookmarkablePageLink<>("allAttempts", ItemAnalysisPage.class,
                view.withAllAttempts(true).parameters()), view.allAttempts()));
        filters.add(current(new BookmarkablePageLink<>("allItems", ItemAnalysisPage.class,
                view.withFlaggedOnly(false).parameters()), !view.flaggedOnly()));
        filters.add(current(new BookmarkablePageLink<>("flaggedItems", ItemAnalysisPage.class,
                view.withFlaggedOnly(true).parameters()), view.flaggedOnly()));
        return filters;
    }

    private WebMarkupContainer summary() {
        WebMarkupContainer summary = new WebMarkupContainer("summary");
        summary.add(new Label("attempts", () -> analysis.getObject().test().attempts()));
        summary.add(new Label("mean", () -> InsightFormat.percent(whenAttempted(test().meanScore()))));
        summary.add(new Label("sd", () -> InsightFormat.percent(whenAttempted(test().scoreSd()))));
        summary.add(new Label("alpha", () -> InsightFormat.decimal(test().cronbachAlpha(), 2)));
        summary.add(new Label("errorRatio", () -> InsightFormat.percent(test().errorRatio())));
        summary.add(new Label("standardError", () -> InsightFormat.percent(test().standardError())));
        summary.add(new Label("gate", () -> text("gate", analysis.getObject().minimumResponses())));
        summary.add(new Label("computed", () -> text("computed",
                DisplayTime.readable(analysis.getObject().computedAt(), Site.get().organisationZone()))));
        Form<Void> recalculate = new Form<>("recalculate");
        recalculate.add(new Button("now") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                guarded(() -> {
                    insights.recalculate(AppSession.get().caller(), view.programme());
                    return null;
                });
                setResponsePage(ItemAnalysisPage.class, view.parameters());
            }
        });
        summary.add(recalculate);
        summary.add(new ResourceLink<>("csv", InsightCsvResource.ITEMS, view.parameters()));
        summary.add(new BookmarkablePageLink<>("calibration", CalibrationPage.class,
                new PageParameters().add("programme", view.programme() == null ? "" : view.programme())));
        return summary;
    }

    /** A figure of the scores, or none before anyone has attempted the assessment. */
    private java.util.OptionalDouble whenAttempted(double figure) {
        return test().attempts() == 0 || Double.isNaN(figure) ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(figure);
    }

    private TestStatistics test() {
        return analysis.getObject().test();
    }

    private WebMarkupContainer flagged() {
        WebMarkupContainer flagged = new WebMarkupContainer("needsChecking");
        LoadableDetachableModel<List<InsightRow>> rows = LoadableDetachableModel.of(() -> analysis.getObject()
                .rows().stream().filter(InsightRow::flagged)
                .filter(r -> view.module() == null || r.moduleKey().equals(view.module())).toList());
        flagged.add(new Label("count", () -> text("needsChecking.count", rows.getObject().size())));
        flagged.add(new ListView<>("item", rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<InsightRow> item) {
                String key = item.getModelObject().questionKey();
                item.add(new BookmarkablePageLink<>("details", ItemInsightPage.class, view.withItem(key)
                        .parameters()).add(new Label("key", key)));
                item.add(new BookmarkablePageLink<>("edit", Site.get().pageOf(Destination.QUESTION),
                        new PageParameters().add("id", key)));
                item.add(new ListView<>("reason", () -> item.getModelObject().flags()) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<ItemFlag> reason) {
                        reason.add(new Label("text", reason.getModelObject().explanation()));
                    }
                });
            }
        });
        return flagged;
    }

    private WebMarkupContainer table() {
        WebMarkupContainer region = new WebMarkupContainer("region");
        ItemTableRows rows = new ItemTableRows(view, analysis);
        CardTable<InsightRow, InsightView.Sort> table = new CardTable<>("table", columns(), rows, MAX_ROWS) {
            private static final long serialVersionUID = 1L;

            @Override
            protected IModel<String> getCaptionModel() {
                return () -> text("caption", analysis.getObject().programmeTitle(),
                        getString(view.allAttempts() ? "caption.all" : "caption.first"));
            }
        };
        table.getCaption().setMarkupId("insight-caption").setOutputMarkupId(true);
        table.addTopToolbar(new HeadersToolbar<>(table, rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected WebMarkupContainer newSortableHeader(String headerId, InsightView.Sort column,
                    ISortStateLocator<InsightView.Sort> locator) {
                boolean sorted = view.sort() == column;
                // A new column sorts worst first where that finds problems (lowest discrimination, most lapses).
                boolean nextAscending = sorted ? !view.ascending() : column.firstAscending();
                return new SortHeader(headerId, ItemAnalysisPage.class, sorted, view.ascending(),
                        view.sortedBy(column, nextAscending).parameters(), nextAscending);
            }
        });
        table.addBottomToolbar(new NoRecordsToolbar(table, () -> getString("noRows")));
        region.add(table);
        return region;
    }

    private CardColumn<InsightRow, InsightView.Sort> column(String key, InsightView.Sort sort,
            CardColumn.Cell<InsightRow> cell) {
        return new CardColumn<>(() -> getString("col." + key), sort, cell);
    }

    private List<IColumn<InsightRow, InsightView.Sort>> columns() {
        List<IColumn<InsightRow, InsightView.Sort>> columns = new ArrayList<>();
        columns.add(column("item", InsightView.Sort.ITEM, (id, row) -> {
            Fragment cell = new Fragment(id, "itemCell", ItemAnalysisPage.this);
            cell.add(new BookmarkablePageLink<>("link", ItemInsightPage.class, view.withItem(row.questionKey())
                    .parameters()).add(new Label("key", row.questionKey())));
            cell.add(new Label("critical", getString("safetyCritical")).setVisible(row.safetyCritical()));
            return cell;
        }).rowHeader());
        columns.add(column("module", null, (id, row) -> new Label(id, row.moduleTitle())));
        columns.add(column("responses", InsightView.Sort.RESPONSES, (id, row) -> new Label(id,
                row.statistics().responses())));
        columns.add(column("facility", InsightView.Sort.FACILITY, (id, row) -> new Label(id,
                InsightFormat.percentWithInterval(row.statistics().facility(), row.statistics().facilityLow(),
                        row.statistics().facilityHigh()))));
        columns.add(column("discrimination", InsightView.Sort.DISCRIMINATION, (id, row) -> new Label(id,
                InsightFormat.decimalWithInterval(row.statistics().discrimination(),
                        row.statistics().discriminationLow(), row.statistics().discriminationHigh()))));
        columns.add(column("efficiency", InsightView.Sort.EFFICIENCY, (id, row) -> new Label(id,
                InsightFormat.percent(row.statistics().discriminativeEfficiency()))));
        columns.add(column("firstTry", InsightView.Sort.FIRST_TRY, (id, row) -> new Label(id,
                InsightFormat.percent(ItemRows.metric(row, SrsMetrics::firstTryAccuracy)))));
        columns.add(column("lapses", InsightView.Sort.LAPSES, (id, row) -> new Label(id,
                InsightFormat.percent(ItemRows.metric(row, SrsMetrics::lapseRate)))));
        columns.add(column("confidentlyWrong", InsightView.Sort.CONFIDENTLY_WRONG, (id, row) -> new Label(id,
                InsightFormat.percent(ItemRows.metric(row, SrsMetrics::confidentlyWrongRate)))));
        columns.add(column("leeches", null, (id, row) -> new Label(id,
                row.metrics().map(SrsMetrics::leeches).orElse(0))));
        columns.add(column("flags", InsightView.Sort.FLAGS, (id, row) -> new Label(id, row.flags().isEmpty()
                ? getString("flags.none") : row.flags().stream().map(f -> getString("flag." + f.reason().name()))
                        .collect(Collectors.joining(", ")))));
        return columns;
    }
}
