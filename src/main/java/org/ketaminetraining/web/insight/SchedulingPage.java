package org.ketaminetraining.web.insight;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.AjaxSelfUpdatingTimerBehavior;
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
import org.ketaminetraining.insight.service.FittingJobView;
import org.ketaminetraining.insight.service.FittingOverview;
import org.ketaminetraining.insight.service.ItemAnalysisView;
import org.ketaminetraining.insight.service.ItemInsights;
import org.ketaminetraining.insight.service.ParameterFitting;
import org.ketaminetraining.insight.service.ParameterSetView;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.RoleGate;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Site;

/**
 * The scheduler's weights per programme ({@code /admin/scheduling?programme=ID}): the set in use, "Fit scheduling
 * parameters" with its progress (updated every two seconds while it runs, announced politely), every fitted set with
 * its held-out figures and whether it was applied, and "Roll back". Administrators fit and roll back (the service
 * checks; the buttons are only not shown to others); educators see the figures.
 */
@AuthorizeInstantiation({"ADMIN", "EDUCATOR"})
public class SchedulingPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParameterFitting fitting;
    @Inject
    private ItemInsights insights;
    private final String programme;
    private final LoadableDetachableModel<List<ItemAnalysisView.ModuleOption>> programmes;
    private final LoadableDetachableModel<FittingOverview> overview;

    public SchedulingPage(PageParameters parameters) {
        super(parameters);
        programmes = LoadableDetachableModel.of(() -> guarded(() -> insights.programmes(AppSession.get().caller())));
        programme = InsightView.of(parameters).programmeId().or(() -> programmes.getObject().stream().findFirst()
                .map(ItemAnalysisView.ModuleOption::key)).orElse(null);
        overview = LoadableDetachableModel.of(() -> guarded(() -> fitting.overview(AppSession.get().caller(),
                programme)));
        add(ProgrammeLinks.byProgramme("programme", programmes, SchedulingPage.class, programme));
        add(new WebMarkupContainer("noProgramme").add(VisibleWhen.of(() -> programme == null)));
        WebMarkupContainer content = new WebMarkupContainer("content");
        add(content.add(VisibleWhen.of(() -> programme != null)));
        content.add(new Label("active", () -> overview.getObject().activeVersion()));
        content.add(actions());
        content.add(progress());
        content.add(sets());
        content.add(new ResourceLink<>("csv", InsightCsvResource.PARAMETERS,
                new PageParameters().add("programme", programme == null ? "" : programme)));
        content.add(new BookmarkablePageLink<>("calibration", CalibrationPage.class,
                new PageParameters().add("programme", programme == null ? "" : programme)));
    }

    private <T> T guarded(java.util.function.Supplier<T> load) {
        return Refusals.load(load, SchedulingPage.class);
    }

    private Form<Void> actions() {
        Form<Void> form = new Form<>("actions");
        form.add(new Button("fit") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                act(() -> fitting.start(AppSession.get().caller(), programme), "fit.started");
            }
        });
        form.add(new Button("rollBack") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                act(() -> fitting.rollBack(AppSession.get().caller(), programme), "rollBack.started");
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(overview.getObject().canRollBack());
            }
        });
        return RoleGate.onlyFor(form, Role.ADMIN);
    }

    private void act(java.util.function.Supplier<FittingJobView> action, String done) {
        try {
            action.get();
            getSession().success(getString(done));
            setResponsePage(SchedulingPage.class, new PageParameters().add("programme", programme));
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        } catch (ValidationException refused) {
            refused.messagesByField().values().forEach(this::error);
        }
    }

    private WebMarkupContainer progress() {
        WebMarkupContainer region = new WebMarkupContainer("progress");
        region.setOutputMarkupId(true);
        LoadableDetachableModel<Optional<FittingJobView>> job =
                LoadableDetachableModel.of(() -> overview.getObject().latestJob());
        region.add(new Label("state", () -> job.getObject().map(j -> text("job." + j.state().name(),
                DisplayTime.readable(j.requestedAt(), Site.get().organisationZone()), j.requestedBy()))
                .orElse(getString("job.none"))));
        WebMarkupContainer bar = new WebMarkupContainer("bar");
        bar.add(AttributeModifier.replace("value", () -> job.getObject().map(FittingJobView::percent).orElse(0)));
        region.add(bar.add(VisibleWhen.of(() -> job.getObject().map(FittingJobView::running).orElse(false))));
        region.add(new Label("stage", () -> job.getObject().map(j -> text("job.stage", j.percent(), j.stage()))
                .orElse("")).add(VisibleWhen.of(() -> job.getObject().map(FittingJobView::running).orElse(false))));
        region.add(new Label("message", () -> job.getObject().flatMap(FittingJobView::message).orElse(""))
                .add(VisibleWhen.of(() -> job.getObject().flatMap(FittingJobView::message).isPresent())));
        region.add(new AjaxSelfUpdatingTimerBehavior(Duration.ofSeconds(2)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onPostProcessTarget(AjaxRequestTarget target) {
                overview.detach();
                job.detach();
                if (!job.getObject().map(FittingJobView::running).orElse(false)) {
                    stop(target);
                    // The sets and the weights in use changed: show the whole page as it is now.
                    setResponsePage(SchedulingPage.class, new PageParameters().add("programme", programme));
                }
            }

            @Override
            public boolean isEnabled(org.apache.wicket.Component component) {
                return job.getObject().map(FittingJobView::running).orElse(false);
            }
        });
        return region;
    }

    private WebMarkupContainer sets() {
        WebMarkupContainer region = new WebMarkupContainer("setsRegion");
        region.add(new ListView<>("set", () -> overview.getObject().sets()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ParameterSetView> item) {
                ParameterSetView set = item.getModelObject();
                item.add(new Label("version", set.version()));
                item.add(new Label("state", getString("state." + set.state().name())));
                item.add(new Label("created", text("created", DisplayTime.readable(set.createdAt(),
                        Site.get().organisationZone()), set.createdBy())));
                item.add(new Label("reviews", text("reviews.value", set.reviews(), set.trainingReviews(),
                        set.heldOutReviews())));
                item.add(new Label("logLoss", text("pair", InsightFormat.decimal(set.logLossBefore(), 4),
                        InsightFormat.decimal(set.logLossAfter(), 4))));
                item.add(new Label("rmse", text("pair", InsightFormat.decimal(set.rmseBinsBefore(), 4),
                        InsightFormat.decimal(set.rmseBinsAfter(), 4))));
                item.add(new Label("reason", set.reason()));
            }
        });
        region.add(new WebMarkupContainer("noSets").add(VisibleWhen.of(() -> overview.getObject().sets()
                .isEmpty())));
        return region;
    }
}
