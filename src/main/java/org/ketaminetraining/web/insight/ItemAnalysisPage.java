package org.ketaminetraining.web.insight;

import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
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
import org.ketaminetraining.insight.items.ItemFlag;
import org.ketaminetraining.insight.items.ItemStatistics;
import org.ketaminetraining.insight.items.SrsMetrics;
import org.ketaminetraining.insight.items.TestStatistics;
import org.ketaminetraining.insight.service.InsightRow;
import org.ketaminetraining.insight.service.ItemAnalysisView;
import org.ketaminetraining.insight.service.ItemInsights;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.SortHeader;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AccessDeniedPage;
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
        add(new ListView<>("programme", programmes) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ItemAnalysisView.ModuleOption> item) {
                String key = item.getModelObject().key();
                item.add(current(new BookmarkablePageLink<>("link", ItemAnalysisPage.class,
                        view.withProgramme(key).parameters()), key.equals(view.programme()))
                        .add(new Label("name", item.getModelObject().title())));
            }
        });
        add(new WebMarkupContainer("noProgramme").add(VisibleWhen.of(() -> view.programme() == null)));
        WebMarkupContainer content = new WebMarkupContainer("content");
        add(content.add(VisibleWhen.of(() -> view.programme() != null)));
        content.add(filters());
        content.add(summary());
        content.add(flagged());
        content.add(table());
    }

    private <T> T guarded(java.util.function.Supplier<T> load) {
        try {
            return load.get();
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        } catch (org.ketaminetraining.people.ValidationException unknown) {
            // A programme that left the curriculum: show the page without it rather than an error.
            throw new RestartResponseException(ItemAnalysisPage.class);
        }
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
        summary.add(new Label("mean", () -> InsightFormat.percent(java.util.OptionalDouble.of(
                analysis.getObject().test().meanScore()))));
        summary.add(new Label("sd", () -> InsightFormat.percent(java.util.OptionalDouble.of(
                analysis.getObject().test().scoreSd()))));
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
        region.add(new Label("caption", () -> text("caption", analysis.getObject().programmeTitle(),
                getString(view.allAttempts() ? "caption.all" : "caption.first"))));
        for (InsightView.Sort sort : InsightView.Sort.values()) {
            if (sort == InsightView.Sort.BANK) {
                continue;
            }
            boolean sorted = view.sort() == sort;
            boolean nextAscending = sorted ? !view.ascending() : sort == InsightView.Sort.ITEM;
            region.add(new SortHeader("sort-" + sort.parameter(), ItemAnalysisPage.class, sorted, view.ascending(),
                    view.withItem(null).sortedBy(sort, nextAscending).parameters(), nextAscending));
        }
        region.add(new ListView<>("row", () -> ItemRows.of(analysis.getObject().rows(), view)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<InsightRow> item) {
                InsightRow row = item.getModelObject();
                ItemStatistics s = row.statistics();
                item.add(new BookmarkablePageLink<>("item", ItemInsightPage.class,
                        view.withItem(row.questionKey()).parameters()).add(new Label("key", row.questionKey())));
                item.add(new Label("critical", getString("safetyCritical")).setVisible(row.safetyCritical()));
                item.add(new Label("module", row.moduleTitle()));
                item.add(new Label("responses", s.responses()));
                item.add(new Label("facility", InsightFormat.percentWithInterval(s.facility(), s.facilityLow(),
                        s.facilityHigh())));
                item.add(new Label("discrimination", InsightFormat.decimalWithInterval(s.discrimination(),
                        s.discriminationLow(), s.discriminationHigh())));
                item.add(new Label("efficiency", InsightFormat.percent(s.discriminativeEfficiency())));
                item.add(new Label("firstTry", InsightFormat.percent(ItemRows.metric(row,
                        SrsMetrics::firstTryAccuracy))));
                item.add(new Label("lapses", InsightFormat.percent(ItemRows.metric(row, SrsMetrics::lapseRate))));
                item.add(new Label("confidentlyWrong", InsightFormat.percent(ItemRows.metric(row,
                        SrsMetrics::confidentlyWrongRate))));
                item.add(new Label("leeches", row.metrics().map(SrsMetrics::leeches).orElse(0)));
                item.add(new Label("flags", row.flags().isEmpty() ? getString("flags.none")
                        : row.flags().stream().map(f -> getString("flag." + f.reason().name()))
                                .collect(Collectors.joining(", "))));
            }
        });
        region.add(new WebMarkupContainer("noRows").add(VisibleWhen.of(() -> ItemRows.of(analysis.getObject()
                .rows(), view).isEmpty())));
        return region;
    }
}
