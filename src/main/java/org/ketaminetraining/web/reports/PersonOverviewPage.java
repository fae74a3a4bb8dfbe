package org.ketaminetraining.web.reports;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.certification.service.CertificateSummary;
import org.ketaminetraining.certification.service.OverseenPerson;
import org.ketaminetraining.certification.service.ProgrammeStanding;
import org.ketaminetraining.certification.service.ComplianceDashboard;
import org.ketaminetraining.compliance.service.PersonAssignment;
import org.ketaminetraining.certification.service.PersonOverview;
import org.ketaminetraining.web.component.DayLabel;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Site;

/**
 * One trainee for their manager ({@code /manager/person/ID}): assignments and due dates, progress per module,
 * certificates and their history, knowledge currency and last activity; never their answers. Someone the caller
 * does not oversee is "not found", exactly like someone who does not exist.
 */
@AuthorizeInstantiation({"MANAGER", "ADMIN"})
public class PersonOverviewPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplianceDashboard dashboard;
    private final long accountId;
    private final LoadableDetachableModel<Optional<PersonOverview>> overview;

    public PersonOverviewPage(PageParameters parameters) {
        super(parameters);
        accountId = parameters.get("id").toLong(-1);
        if (accountId < 0) {
            throw new AbortWithHttpErrorCodeException(404);
        }
        overview = LoadableDetachableModel.of(this::load);
        add(new BookmarkablePageLink<>("dashboard", ManagerDashboardPage.class));
        add(new Label("heading", () -> person().map(p -> new StringResourceModel("heading.person", this)
                .setParameters(p.displayName(), p.username()).getString()).orElse(getString("heading.unknown"))));
        add(new WebMarkupContainer("notFound").add(VisibleWhen.of(() -> overview.getObject().isEmpty())));
        WebMarkupContainer found = new WebMarkupContainer("found");
        add(found.add(VisibleWhen.of(() -> overview.getObject().isPresent())));
        found.add(new Label("departments", () -> person().map(p -> String.join(", ", p.departments())).orElse("")));
        found.add(new Label("lastActivity", () -> person().flatMap(OverseenPerson::lastActivity)
                .map(at -> DisplayTime.readable(at, Site.get().organisationZone())).orElse(getString("never"))));
        found.add(assignments());
        found.add(programmes());
    }

    /** The URL parameters of one person's page. */
    public static PageParameters parameters(long accountId) {
        return new PageParameters().add("id", accountId);
    }

    private Optional<PersonOverview> load() {
        try {
            return dashboard.person(AppSession.get().user().orElseThrow(), accountId);
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        }
    }

    private Optional<OverseenPerson> person() {
        return overview.getObject().map(PersonOverview::person);
    }

    private WebMarkupContainer assignments() {
        IModel<List<PersonAssignment>> list = () -> overview.getObject().map(PersonOverview::assignments)
                .orElse(List.of());
        WebMarkupContainer section = new WebMarkupContainer("assignments");
        section.add(new WebMarkupContainer("noAssignments").add(VisibleWhen.of(() -> list.getObject().isEmpty())));
        WebMarkupContainer table = new WebMarkupContainer("assignmentTable");
        section.add(table.add(VisibleWhen.of(() -> !list.getObject().isEmpty())));
        table.add(new ListView<>("assignment", list) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PersonAssignment> item) {
                PersonAssignment a = item.getModelObject();
                item.add(new Label("programme", a.programmeTitle()), new Label("reason", a.reason()),
                        new Label("due", a.open() ? DueText.of(a.due(), this) : getString("closed")),
                        new DayLabel("dueOn", a.due().dueOn().orElse(null), getString("none")),
                        new Label("since", DisplayTime.readable(a.openedAt(), Site.get().organisationZone())));
            }
        });
        return section;
    }

    private ListView<OverseenPerson.Programme> programmes() {
        return new ListView<>("programme", () -> person().map(OverseenPerson::programmes).orElse(List.of())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<OverseenPerson.Programme> item) {
                OverseenPerson.Programme p = item.getModelObject();
                String title = p.row().programmeTitle();
                item.add(new Label("title", title));
                item.add(new Label("status", getString("completion." + p.row().status().name())));
                item.add(new Label("progress", p.row().learnedPercent() + "%"));
                item.add(new Label("due", DueText.of(p.row().due(), this)));
                item.add(new Label("activity", p.lastActivity().map(at -> DisplayTime.readable(at,
                        Site.get().organisationZone())).orElse(getString("never"))));
                item.add(new Label("currency", currency(p)));
                item.add(new Label("modulesCaption", new StringResourceModel("modules.caption", this)
                        .setParameters(title)));
                item.add(new ListView<>("module", item.getModel().map(OverseenPerson.Programme::modules)) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<ProgrammeStanding.ModuleStanding> module) {
                        ProgrammeStanding.ModuleStanding m = module.getModelObject();
                        module.add(new Label("name", m.title()), new Label("learned", m.learned()),
                                new Label("total", m.total()));
                    }
                });
                item.add(new WebMarkupContainer("noCertificates").setVisible(p.certificates().isEmpty()));
                WebMarkupContainer certificates = new WebMarkupContainer("certificates");
                certificates.add(new Label("certificatesCaption", new StringResourceModel("certificates.caption",
                        this).setParameters(title)));
                item.add(certificates.setVisible(!p.certificates().isEmpty()));
                certificates.add(new ListView<>("certificate", item.getModel().map(
                        OverseenPerson.Programme::certificates)) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<CertificateSummary> row) {
                        CertificateSummary c = row.getModelObject();
                        row.add(new Label("code", c.code()), new DayLabel("issued", c.issuedOn(), ""),
                                new DayLabel("validThrough", c.validThrough(), ""),
                                new Label("state", getString("certificate." + c.status().name())));
                    }
                });
            }
        };
    }

    /** "Safety-critical recall 82% (refresher below 80%), 12 items studied", or why there is no figure. */
    private String currency(OverseenPerson.Programme p) {
        if (p.currency().averageRecall().isEmpty()) {
            return getString("currency.none");
        }
        return new StringResourceModel("currency", this).setParameters(
                Math.round(p.currency().averageRecall().getAsDouble() * 100),
                Math.round(p.currency().threshold() * 100), p.safetyCriticalStudied()).getString();
    }

    @Override
    protected void onDetach() {
        overview.detach();
        super.onDetach();
    }
}
