package org.ketaminetraining.web.reports;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.CssResourceReference;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.compliance.RecallHeatmap;
import org.ketaminetraining.certification.service.ComplianceDashboard;
import org.ketaminetraining.certification.service.RecallMap;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * Whose knowledge is fading ({@code /manager/heatmap?programme=ID}): a table of the caller's departments by the
 * programme's modules, each cell the mean predicted recall today and in 30 days if nobody studies, the
 * safety-critical items apart, and how many people are behind it. Numbers are in every cell; the colour (by the
 * figure in 30 days) is an extra cue only.
 */
@AuthorizeInstantiation({"MANAGER", "ADMIN"})
public class RecallHeatmapPage extends BasePage {

    private static final long serialVersionUID = 1L;

    static final CssResourceReference CSS = new CssResourceReference(RecallHeatmapPage.class, "reports.css");

    @Inject
    private ComplianceDashboard dashboard;
    /** The programme asked for in the URL; null for the first. A string, since a page must serialize. */
    private final String wanted;
    private final LoadableDetachableModel<RecallMap> map;

    public RecallHeatmapPage(PageParameters parameters) {
        super(parameters);
        String asked = parameters.get("programme").toString("").strip();
        wanted = asked.isEmpty() || asked.length() > 100 ? null : asked;
        map = LoadableDetachableModel.of(this::load);
        add(new BookmarkablePageLink<>("dashboard", ManagerDashboardPage.class));
        add(new ListView<>("programme", () -> map.getObject().programmes()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<RecallMap.Choice> item) {
                RecallMap.Choice choice = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", RecallHeatmapPage.class,
                        new PageParameters().add("programme", choice.key()));
                boolean shown = map.getObject().programmeId().map(choice.key()::equals).orElse(false);
                if (shown) {
                    link.add(AttributeModifier.replace("aria-current", "page"));
                }
                item.add(link.add(new Label("name", choice.name())));
            }
        });
        add(new WebMarkupContainer("noProgramme").add(VisibleWhen.of(() -> map.getObject().programmeId()
                .isEmpty())));
        WebMarkupContainer region = new WebMarkupContainer("region");
        add(region.add(VisibleWhen.of(() -> map.getObject().programmeId().isPresent()
                && !map.getObject().departments().isEmpty())));
        region.add(new Label("caption", () -> new StringResourceModel("caption", this).setParameters(
                map.getObject().programmes().stream().filter(p -> map.getObject().programmeId()
                        .map(p.key()::equals).orElse(false)).map(RecallMap.Choice::name).findFirst().orElse(""),
                CertificateDates.inWords(map.getObject().today()), CertificateDates.inWords(map.getObject()
                        .later()))
                .getString()));
        region.add(new ListView<>("moduleHeader", () -> map.getObject().modules()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<RecallMap.Choice> item) {
                item.add(new Label("title", item.getModelObject().name()));
            }
        });
        region.add(new ListView<>("department", () -> map.getObject().departments()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<RecallMap.Choice> row) {
                String department = row.getModelObject().key();
                row.add(new Label("name", row.getModelObject().name()));
                row.add(new ListView<>("cell", () -> map.getObject().modules()) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<RecallMap.Choice> cell) {
                        cell(cell, map.getObject().cell(department, cell.getModelObject().key()));
                    }
                });
            }
        });
        add(new WebMarkupContainer("noDepartments").add(VisibleWhen.of(() -> map.getObject().programmeId()
                .isPresent() && map.getObject().departments().isEmpty())));
    }

    private RecallMap load() {
        try {
            return dashboard.heatmap(AppSession.get().user().orElseThrow(), Optional.ofNullable(wanted));
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        }
    }

    private void cell(ListItem<RecallMap.Choice> item, Optional<RecallHeatmap.Cell> found) {
        RecallHeatmap.Recall all = found.map(RecallHeatmap.Cell::all).orElse(null);
        RecallHeatmap.Recall critical = found.map(RecallHeatmap.Cell::safetyCritical).orElse(null);
        item.add(AttributeModifier.append("class", shade(all)));
        item.add(new Label("all", figures(all)));
        item.add(new Label("critical", new StringResourceModel("critical", this).setParameters(figures(critical))));
        item.add(new Label("people", new StringResourceModel("people", this).setParameters(all == null ? 0
                : all.people())));
    }

    /** "82% → 61%" or "no data". */
    private String figures(RecallHeatmap.Recall recall) {
        if (recall == null || recall.now().isEmpty()) {
            return getString("noData");
        }
        return new StringResourceModel("figures", this).setParameters(percent(recall.now()),
                percent(recall.later())).getString();
    }

    private static long percent(OptionalDouble value) {
        return Math.round(value.orElse(0) * 100);
    }

    /** The colour cue, by the recall predicted in 30 days. */
    private static String shade(RecallHeatmap.Recall recall) {
        if (recall == null || recall.later().isEmpty()) {
            return "recall-none";
        }
        double later = recall.later().getAsDouble();
        return later >= 0.8 ? "recall-high" : later >= 0.6 ? "recall-mid" : "recall-low";
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forReference(CSS));
    }

    @Override
    protected void onDetach() {
        map.detach();
        super.onDetach();
    }
}
