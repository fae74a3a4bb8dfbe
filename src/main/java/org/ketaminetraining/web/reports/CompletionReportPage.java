package org.ketaminetraining.web.reports;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.ISortStateLocator;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.extensions.markup.html.repeater.data.table.HeadersToolbar;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.IChoiceRenderer;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.Item;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionQuery.Sort;
import org.ketaminetraining.certification.service.CompletionReport.Row;
import org.ketaminetraining.certification.service.CompletionReport;
import org.ketaminetraining.certification.rules.ComplianceCount;
import org.ketaminetraining.compliance.DueState;
import org.ketaminetraining.web.component.SortHeader;
import org.ketaminetraining.web.component.CardColumn;
import org.ketaminetraining.web.component.CardTable;
import org.ketaminetraining.web.component.CertificateStyles;
import org.ketaminetraining.web.component.DayLabel;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * The completion report for managers (their departments) and administrators (everyone): one row per person and
 * programme with the status in words and progress, never anyone's answers. Filters, sort and page are URL
 * parameters ({@link ReportView}), so every view can be bookmarked; the CSV link exports every row of the same
 * view. Each row offers only the actions that mean something for it ({@link Oversight}): revocation of a
 * certificate in force, a time extension on a timed programme, new attempts to someone out of attempts or cooling
 * down; none of the last two on one's own row.
 */
@AuthorizeInstantiation({"MANAGER", "ADMIN"})
public class CompletionReportPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplianceOversight oversight;
    private final ReportView view;
    private final LoadableDetachableModel<CompletionReport> report;
    private final DataTable<Row, Sort> table;

    public CompletionReportPage(PageParameters parameters) {
        super(parameters);
        view = ReportView.of(parameters);
        report = LoadableDetachableModel.of(() -> load(view.pageQuery()));
        add(filters());
        add(new Label("statusError", () -> view.unreadableStatus().map(typed -> new StringResourceModel(
                "status.unknown", this).setParameters(typed, ReportView.statusNames()).getString()).orElse(""))
                .add(VisibleWhen.of(() -> view.unreadableStatus().isPresent())));
        add(new Label("filterError", () -> view.unreadableOther().map(typed -> new StringResourceModel(
                "filter.unknown", this).setParameters(typed, ReportView.names(DueState.values()),
                        ReportView.names(ComplianceCount.values()))
                .getString()).orElse(""))
                .add(VisibleWhen.of(() -> view.unreadableOther().isPresent())));
        WebMarkupContainer countNote = new WebMarkupContainer("countNote");
        countNote.add(new Label("countName", () -> view.count().map(c -> getString("count." + c.name()))
                .orElse("")));
        countNote.add(new BookmarkablePageLink<Void>("withoutCount", CompletionReportPage.class,
                view.withoutCount().parameters()));
        add(countNote.setVisible(view.count().isPresent()));
        add(new Label("count", this::countText).add(VisibleWhen.of(this::filtersRead)));
        WebMarkupContainer region = new WebMarkupContainer("region") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(filtersRead() && !report.getObject().rows().isEmpty());
            }
        };
        ReportRows rows = new ReportRows(view, report, this::load);
        table = new CardTable<>("table", columns(), rows, ReportView.PAGE_SIZE) {
            private static final long serialVersionUID = 1L;

            @Override
            protected IModel<String> getCaptionModel() {
                return new StringResourceModel(view.ascending() ? "caption.asc" : "caption.desc", this)
                        .setParameters((IModel<String>) () -> getString("col." + view.sort().name()));
            }

            @Override
            protected Item<Row> newRowItem(String id, int index, IModel<Row> model) {
                Item<Row> row = super.newRowItem(id, index, model);
                row.add(AttributeModifier.replace("class", "report-row"));
                return row;
            }
        };
        table.getCaption().setMarkupId("completion-caption").setOutputMarkupId(true);
        table.setCurrentPage(view.page() - 1L);
        table.addTopToolbar(new HeadersToolbar<>(table, rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected WebMarkupContainer newSortableHeader(String headerId, Sort column,
                    ISortStateLocator<Sort> locator) {
                ReportView next = view.sortedBy(column);
                return new SortHeader(headerId, CompletionReportPage.class, view.sort() == column, view.ascending(),
                        next.parameters(), next.ascending());
            }
        });
        add(region.add(table));
        add(pager());
        ResourceLink<Void> csv = new ResourceLink<>("csv", CompletionCsvResource.REFERENCE,
                view.atPage(1).parameters());
        csv.add(new Label("csvRows", () -> new StringResourceModel("csv.rows", this)
                .setParameters(report.getObject().totalRows()).getString()));
        add(csv.add(VisibleWhen.of(this::filtersRead)));
        add(new ResourceLink<Void>("xlsx", CompletionXlsxResource.REFERENCE, view.atPage(1).parameters())
                .add(VisibleWhen.of(this::filtersRead)));
        add(new ResourceLink<Void>("pdf", CompletionPdfResource.REFERENCE, view.atPage(1).parameters())
                .add(VisibleWhen.of(this::filtersRead)));
    }

    /**
     * Whether every filter in the URL could be read. A status that names none shows no rows at all: showing everyone
     * would read as everyone having that status.
     */
    private boolean filtersRead() {
        return view.unreadableStatus().isEmpty() && view.unreadableOther().isEmpty();
    }

    private CompletionReport load(CompletionQuery query) {
        try {
            return oversight.completionReport(AppSession.get().user().orElseThrow(), query);
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        }
    }

    private StatelessForm<Void> filters() {
        IModel<List<String>> departmentCodes = () -> report.getObject().departments().stream()
                .map(CompletionReport.Department::code).toList();
        DropDownChoice<String> department = new DropDownChoice<>("dept", Model.of(view.departmentCode()),
                departmentCodes, new IChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        return report.getObject().departments().stream().filter(d -> d.code().equals(code))
                                .map(CompletionReport.Department::name).findFirst().orElse(code);
                    }

                    @Override
                    public String getIdValue(String code, int index) {
                        return code;
                    }

                    @Override
                    public String getObject(String id, IModel<? extends List<? extends String>> choices) {
                        return choices.getObject().stream().filter(c -> c.equals(id)).findFirst().orElse(null);
                    }
                });
        department.setNullValid(true).setLabel(Model.of(getString("dept")));
        DropDownChoice<CompletionStatus> status = new DropDownChoice<>("status", Model.of(view.statusFilter()),
                Arrays.asList(CompletionStatus.values()), new UrlNamedChoices<>(this, "completion."));
        status.setNullValid(true).setLabel(Model.of(getString("status")));
        status.add(new Behavior() {
            private static final long serialVersionUID = 1L;

            @Override
            public void onComponentTag(Component component, ComponentTag tag) {
                if (!filtersRead()) {
                    tag.put("aria-invalid", "true");
                    tag.put("aria-describedby", "report-status-error");
                    tag.append("class", "is-invalid", " ");
                }
            }
        });
        DropDownChoice<DueState> due = new DropDownChoice<>("due", Model.of(view.dueFilter()),
                Arrays.asList(DueState.values()), new UrlNamedChoices<>(this, "due."));
        due.setNullValid(true).setLabel(Model.of(getString("due")));
        StatelessForm<Void> form = new StatelessForm<>("filters") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                setResponsePage(CompletionReportPage.class, view.withFilters(department.getModelObject(),
                        status.getModelObject(), due.getModelObject()).parameters());
            }
        };
        form.add(department, status, due);
        return form;
    }

    /** "1 row matches", "2 rows match": the number chooses the words (a ChoiceFormat in the properties). */
    private String countText() {
        CompletionReport r = report.getObject();
        if (r.totalRows() == 0) {
            return getString("count.none");
        }
        int first = (view.page() - 1) * ReportView.PAGE_SIZE;
        if (r.rows().isEmpty()) {
            return new StringResourceModel("count.beyond", this).setParameters(r.totalRows()).getString();
        }
        return new StringResourceModel("count", this).setParameters(r.totalRows(), first + 1,
                first + r.rows().size()).getString();
    }

    private List<IColumn<Row, Sort>> columns() {
        List<IColumn<Row, Sort>> columns = new ArrayList<>();
        columns.add(new CardColumn<Row, Sort>(header(Sort.NAME), Sort.NAME, (id, row) -> {
            Fragment cell = new Fragment(id, "nameCell", this);
            BookmarkablePageLink<Void> person = new BookmarkablePageLink<>("person", PersonOverviewPage.class,
                    PersonOverviewPage.parameters(row.accountId()));
            cell.add(person.add(new Label("name", row.displayName())), new Label("username", row.username()));
            return cell.setRenderBodyOnly(true);
        }).rowHeader().withCssClass("report-name"));
        columns.add(new CardColumn<Row, Sort>(header(Sort.DEPARTMENT), Sort.DEPARTMENT,
                (id, row) -> text(id, departmentNames(report.getObject(), row))).withCssClass("report-departments"));
        columns.add(new CardColumn<Row, Sort>(header(Sort.PROGRAMME), Sort.PROGRAMME,
                (id, row) -> text(id, row.programmeTitle())).withCssClass("report-programme"));
        columns.add(new CardColumn<Row, Sort>(header(Sort.STATUS), Sort.STATUS,
                (id, row) -> text(id, getString("completion." + row.status().name()))).withCssClass("report-status"));
        columns.add(new CardColumn<Row, Sort>(header(Sort.PROGRESS), Sort.PROGRESS,
                (id, row) -> text(id, row.learnedPercent() + "%")).withCssClass("report-progress"));
        columns.add(new CardColumn<Row, Sort>(new ResourceModel("col.due"), null,
                (id, row) -> text(id, DueText.of(row.due(), this))).withCssClass("report-due"));
        columns.add(new CardColumn<Row, Sort>(new ResourceModel("col.issued"), null,
                (id, row) -> new DayLabel(id, row.issuedOn().orElse(null), getString("none")))
                .withCssClass("report-issued"));
        columns.add(new CardColumn<Row, Sort>(header(Sort.VALID_THROUGH), Sort.VALID_THROUGH,
                (id, row) -> new DayLabel(id, row.validThrough().orElse(null), getString("none")))
                .withCssClass("report-valid-through"));
        columns.add(new CardColumn<Row, Sort>(new ResourceModel("col.actions"), null, this::actions)
                .withCssClass("report-actions"));
        return columns;
    }

    private static IModel<String> header(Sort column) {
        return new ResourceModel("col." + column.name());
    }

    private static Component text(String id, String text) {
        return new Label(id, text).setRenderBodyOnly(true);
    }

    /** The actions that mean something for the row, each naming whose row it is for screen readers. */
    private Component actions(String id, Row row) {
        Fragment cell = new Fragment(id, "actionsCell", this);
        IModel<String> whose = new StringResourceModel("whose", this).setParameters(row.displayName(),
                row.programmeTitle());
        Optional<String> code = row.certificateCode();
        BookmarkablePageLink<Void> revoke = new BookmarkablePageLink<>("revoke", RevokePage.class,
                new PageParameters().add("code", code.orElse("")));
        revoke.add(new Label("whose", whose));
        revoke.setVisible(code.isPresent() && row.oversight().offers(Oversight.Action.REVOKE));
        BookmarkablePageLink<Void> extension = new BookmarkablePageLink<>("extension", TimeExtensionPage.class,
                new PageParameters().add("accountId", row.accountId()).add("programmeId", row.programmeId()));
        extension.add(new Label("whose", whose));
        extension.setVisible(row.oversight().offers(Oversight.Action.TIME_EXTENSION));
        BookmarkablePageLink<Void> reset = new BookmarkablePageLink<>("reset", AttemptsResetPage.class,
                new PageParameters().add("accountId", row.accountId()).add("programmeId", row.programmeId()));
        reset.add(new Label("whose", whose));
        reset.setVisible(row.oversight().offers(Oversight.Action.NEW_ATTEMPTS));
        cell.add(revoke, extension, reset);
        return cell.setRenderBodyOnly(true);
    }

    /** The row's departments by name where the caller's list has it, by code otherwise. */
    static String departmentNames(CompletionReport report, Row row) {
        return row.departments().stream().map(code -> report.departments().stream()
                .filter(d -> d.code().equals(code)).map(CompletionReport.Department::name).findFirst()
                .orElse(code)).collect(Collectors.joining(", "));
    }

    private WebMarkupContainer pager() {
        WebMarkupContainer pager = new WebMarkupContainer("pager") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(filtersRead() && (table.getPageCount() > 1 || view.page() > 1));
            }
        };
        pager.add(new BookmarkablePageLink<Void>("previous", CompletionReportPage.class,
                view.atPage(view.page() - 1).parameters()).setVisible(view.page() > 1));
        pager.add(new Label("pageOf", new StringResourceModel("pageOf", this).setParameters(view.page(),
                (IModel<Long>) () -> Math.max(1, table.getPageCount()))));
        pager.add(new BookmarkablePageLink<Void>("next", CompletionReportPage.class,
                view.atPage(view.page() + 1).parameters()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(view.page() < table.getPageCount());
            }
        });
        return pager;
    }

    @Override
    protected void onDetach() {
        report.detach();
        super.onDetach();
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forReference(CertificateStyles.CSS));
    }
}
