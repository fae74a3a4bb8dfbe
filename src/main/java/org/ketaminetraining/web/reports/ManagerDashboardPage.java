package org.ketaminetraining.web.reports;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.certification.rules.ComplianceCount;
import org.ketaminetraining.compliance.CompletionTrend;
import org.ketaminetraining.certification.service.ComplianceDashboard;
import org.ketaminetraining.certification.service.DashboardOverview;
import org.ketaminetraining.certification.service.DashboardOverview.DepartmentOverview;
import org.ketaminetraining.certification.service.DashboardOverview.ProgrammeOverview;
import org.ketaminetraining.certification.rules.CertificateDates;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * The manager's home ({@code /manager}): a card per department they manage (all for an administrator), per
 * programme the counts in numbers and words, each a link to the completion report filtered to exactly those rows,
 * a bar of how the people stand, and the completion rate of the last 12 months as a line and a table.
 */
@AuthorizeInstantiation({"MANAGER", "ADMIN"})
public class ManagerDashboardPage extends BasePage {

    private static final long serialVersionUID = 1L;

    /** The counts the bar shows: they do not overlap, so the parts add up to the people who are in one of them. */
    private static final List<ComplianceCount> BAR = List.of(ComplianceCount.NOT_STARTED,
            ComplianceCount.IN_PROGRESS, ComplianceCount.CERTIFIED, ComplianceCount.EXPIRED);
    private static final List<String> BAR_COLOURS = List.of("#6c757d", "#0a58ca", "#146c43", "#b02a37");

    /**
     * Departments per page: a director of forty departments gets ten cards at a time, read and drawn in well under a
     * second, rather than eighty charts in a page of almost a megabyte.
     */
    static final int DEPARTMENTS_PER_PAGE = 10;

    @Inject
    private ComplianceDashboard dashboard;
    private final LoadableDetachableModel<DashboardOverview> overview;
    private final int page;

    public ManagerDashboardPage(PageParameters parameters) {
        super(parameters);
        page = pageAsked(parameters.get("page").toOptionalString());
        overview = LoadableDetachableModel.of(this::load);
        add(new Label("today", () -> CertificateDates.inWords(overview.getObject().today())));
        add(new BookmarkablePageLink<>("heatmap", RecallHeatmapPage.class));
        add(new BookmarkablePageLink<>("report", CompletionReportPage.class));
        add(new DigestPreferencePanel("digest"));
        add(departmentPages());
        add(new WebMarkupContainer("none").add(org.ketaminetraining.web.component.VisibleWhen.of(
                () -> overview.getObject().totalDepartments() == 0)));
        add(new ListView<>("department", () -> overview.getObject().departments()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<DepartmentOverview> item) {
                DepartmentOverview department = item.getModelObject();
                String headingId = "department-" + item.getIndex();
                item.add(org.apache.wicket.AttributeModifier.replace("aria-labelledby", headingId));
                item.add(new Label("name", department.name()).setMarkupId(headingId).setOutputMarkupId(true));
                String code = department.code();
                String departmentName = department.name();
                item.add(new ListView<>("programme", item.getModel().map(DepartmentOverview::programmes)) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<ProgrammeOverview> programme) {
                        programme(programme, code, departmentName);
                    }
                });
            }
        });
    }

    /** The page number in the address, from 1; anything else (too long to be one, or no number) is the first page. */
    public static int pageAsked(String text) {
        if (text == null || text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(text));
    }

    /** "Departments 11 to 20 of 40" with links to the pages before and after, when there is more than one page. */
    private WebMarkupContainer departmentPages() {
        WebMarkupContainer pages = new WebMarkupContainer("departmentPages");
        pages.add(org.ketaminetraining.web.component.VisibleWhen.of(
                () -> overview.getObject().totalDepartments() > DEPARTMENTS_PER_PAGE));
        pages.add(new Label("shown", () -> {
            DashboardOverview shown = overview.getObject();
            return new StringResourceModel("departments.shown", this).setParameters(shown.firstDepartment() + 1,
                    shown.firstDepartment() + shown.departments().size(), shown.totalDepartments()).getString();
        }));
        pages.add(pageLink("previous", -1).add(org.ketaminetraining.web.component.VisibleWhen.of(
                () -> overview.getObject().firstDepartment() > 0)));
        pages.add(pageLink("next", 1).add(org.ketaminetraining.web.component.VisibleWhen.of(
                () -> overview.getObject().firstDepartment() + overview.getObject().departments().size() < overview
                        .getObject().totalDepartments())));
        return pages;
    }

    /** A link to the page of departments {@code step} pages from the one shown (which the service may have moved). */
    private BookmarkablePageLink<Void> pageLink(String id, int step) {
        return new BookmarkablePageLink<>(id, ManagerDashboardPage.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public PageParameters getPageParameters() {
                return new PageParameters().add("page",
                        overview.getObject().firstDepartment() / DEPARTMENTS_PER_PAGE + 1 + step);
            }
        };
    }

    private DashboardOverview load() {
        try {
            return dashboard.overview(AppSession.get().user().orElseThrow(),
                    (page - 1) * DEPARTMENTS_PER_PAGE, DEPARTMENTS_PER_PAGE);
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        }
    }

    /** One programme's card; the lists inside read it through the item's model, never keep it. */
    private void programme(ListItem<ProgrammeOverview> item, String departmentCode, String departmentName) {
        ProgrammeOverview p = item.getModelObject();
        String programmeId = p.programmeId();
        String title = p.title();
        item.add(new Label("title", p.title()));
        item.add(new Label("people", new StringResourceModel("people", this).setParameters(p.people())));
        item.add(new Label("countsCaption", new StringResourceModel("counts.caption", this)
                .setParameters(title, departmentName)));
        item.add(new ListView<>("count", List.of(ComplianceCount.values())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ComplianceCount> row) {
                ComplianceCount count = row.getModelObject();
                row.add(new Label("label", getString("label." + count.name())));
                PageParameters filter = new PageParameters().add("dept", departmentCode)
                        .add("count", ReportView.urlName(count)).add("prog", programmeId);
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", CompletionReportPage.class,
                        filter);
                link.add(new Label("number", item.getModelObject().count(count)));
                link.add(new Label("what", new StringResourceModel("count.link", this).setParameters(
                        getString("label." + count.name()), title)));
                row.add(link.add(org.apache.wicket.AttributeModifier.append("class", "count-"
                        + ReportView.urlName(count))));
            }
        });
        String barWords = BAR.stream().map(c -> p.count(c) + " " + getString("count." + c.name()))
                .collect(Collectors.joining(", "));
        item.add(new Label("bar", DashboardCharts.bar(BAR.stream().map(c -> new DashboardCharts.Part(p.count(c),
                BAR_COLOURS.get(BAR.indexOf(c)))).toList(), new StringResourceModel("bar.label", this)
                        .setParameters(p.title(), barWords).getString()))
                .setEscapeModelStrings(false));
        item.add(new Label("barWords", barWords));
        item.add(new Label("trendChart", DashboardCharts.trend(p.trend(), trendWords(p)))
                .setEscapeModelStrings(false));
        item.add(new Label("trendBasis", getString(p.trendByAssignments() ? "trend.assigned" : "trend.trainees")));
        item.add(new Label("trendCaption", new StringResourceModel("trend.caption", this)
                .setParameters(title, departmentName)));
        item.add(new ListView<>("month", item.getModel().map(ProgrammeOverview::trend)) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<CompletionTrend.Month> row) {
                CompletionTrend.Month m = row.getModelObject();
                row.add(new Label("month", monthName(m)), new Label("expected", m.expected()),
                        new Label("certified", m.certified()),
                        new Label("rate", m.percent().map(v -> v + "%").orElse(getString("noRate"))));
            }
        });
    }

    /** The trend in words, for the chart's text alternative: first and last month with a rate. */
    private String trendWords(ProgrammeOverview p) {
        List<CompletionTrend.Month> rated = p.trend().stream().filter(m -> m.rate().isPresent()).toList();
        if (rated.isEmpty()) {
            return new StringResourceModel("trend.empty", this).setParameters(p.title()).getString();
        }
        CompletionTrend.Month first = rated.get(0);
        CompletionTrend.Month last = rated.get(rated.size() - 1);
        return new StringResourceModel("trend.label", this).setParameters(p.title(), first.percent().orElseThrow(),
                monthName(first), last.percent().orElseThrow(), monthName(last)).getString();
    }

    private static String monthName(CompletionTrend.Month m) {
        return m.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                + m.month().getYear();
    }

    @Override
    protected void onDetach() {
        overview.detach();
        super.onDetach();
    }
}
