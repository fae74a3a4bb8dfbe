package org.ketaminetraining.web.reports;

import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.behavior.Behavior;
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
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.CompletionQuery.Sort;
import org.ketaminetraining.certification.service.CompletionReport.Row;
import org.ketaminetraining.certification.service.CompletionReport;
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

    public CompletionReportPage(PageParameters parameters) {
        super(parameters);
        view = ReportView.of(parameters);
        report = LoadableDetachableModel.of(this::load);
        add(filters());
        add(new Label("statusError", () -> view.unreadableStatus().map(typed -> new StringResourceModel(
                "status.unknown", this).setParameters(typed, ReportView.statusNames()).getString()).orElse(""))
                .add(VisibleWhen.of(() -> view.unreadableStatus().isPresent())));
        add(new Label("count", this::countText).add(VisibleWhen.of(this::filtersRead)));
        WebMarkupContainer table = new WebMarkupContainer("table") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(filtersRead() && !report.getObject().rows().isEmpty());
            }
        };
        add(table);
        table.add(new Label("caption", () -> getString(view.ascending() ? "caption.asc" : "caption.desc")
                .replace("{column}", getString("col." + view.sort().name()))));
        for (Sort column : Sort.values()) {
            table.add(sortHeader(column));
        }
        table.add(new ListView<>("rows", () -> report.getObject().rows()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Row> item) {
                populateRow(item);
            }
        });
        add(pager());
        ResourceLink<Void> csv = new ResourceLink<>("csv", CompletionCsvResource.REFERENCE,
                view.atPage(1).parameters());
        csv.add(new Label("csvRows", () -> new StringResourceModel("csv.rows", this)
                .setParameters(report.getObject().totalRows()).getString()));
        add(csv.add(VisibleWhen.of(this::filtersRead)));
    }

    /**
     * Whether every filter in the URL could be read. A status that names none shows no rows at all: showing everyone
     * would read as everyone having that status.
     */
    private boolean filtersRead() {
        return view.unreadableStatus().isEmpty();
    }

    private CompletionReport load() {
        try {
            return oversight.completionReport(AppSession.get().user().orElseThrow(), view.pageQuery());
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
                Arrays.asList(CompletionStatus.values()), new IChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(CompletionStatus value) {
                        return getString("completion." + value.name());
                    }

                    @Override
                    public String getIdValue(CompletionStatus value, int index) {
                        return ReportView.urlName(value);
                    }

                    @Override
                    public CompletionStatus getObject(String id,
                            IModel<? extends List<? extends CompletionStatus>> choices) {
                        return choices.getObject().stream().filter(c -> ReportView.urlName(c).equals(id))
                                .findFirst().orElse(null);
                    }
                });
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
        StatelessForm<Void> form = new StatelessForm<>("filters") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                setResponsePage(CompletionReportPage.class,
                        view.withFilters(department.getModelObject(), status.getModelObject()).parameters());
            }
        };
        form.add(department, status);
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

    private WebMarkupContainer sortHeader(Sort column) {
        WebMarkupContainer header = new WebMarkupContainer(sortHeaderId(column));
        boolean sorted = view.sort() == column;
        if (sorted) {
            header.add(AttributeModifier.replace("aria-sort", view.ascending() ? "ascending" : "descending"));
        }
        ReportView next = view.sortedBy(column);
        BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", CompletionReportPage.class,
                next.parameters());
        link.add(new Label("label", getString("col." + column.name())));
        link.add(new Label("arrow", view.ascending() ? "\u25B2" : "\u25BC").setVisible(sorted));
        link.add(new Label("action", getString(next.ascending() ? "sort.asc" : "sort.desc")));
        header.add(link);
        return header;
    }

    /** "sortName", "sortValidThrough": the markup id of a column's header. */
    static String sortHeaderId(Sort column) {
        StringBuilder id = new StringBuilder("sort");
        for (String word : column.name().split("_")) {
            id.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return id.toString();
    }

    private void populateRow(ListItem<Row> item) {
        Row row = item.getModelObject();
        item.add(new Label("name", row.displayName()), new Label("username", row.username()),
                new Label("departments", departmentNames(report.getObject(), row)),
                new Label("programme", row.programmeTitle()),
                new Label("status", getString("completion." + row.status().name())),
                new Label("progress", row.learnedPercent() + "%"),
                new DayLabel("issued", row.issuedOn().orElse(null), getString("none")),
                new DayLabel("validThrough", row.validThrough().orElse(null), getString("none")));
        String whose = getString("whose").replace("{name}", row.displayName())
                .replace("{programme}", row.programmeTitle());
        Optional<String> code = row.certificateCode();
        BookmarkablePageLink<Void> revoke = new BookmarkablePageLink<>("revoke", RevokePage.class,
                new PageParameters().add("code", code.orElse("")));
        revoke.add(new Label("whose", whose));
        revoke.setVisible(code.isPresent() && row.oversight().offers(Oversight.Action.REVOKE));
        item.add(revoke);
        BookmarkablePageLink<Void> extension = new BookmarkablePageLink<>("extension", TimeExtensionPage.class,
                new PageParameters().add("accountId", row.accountId()).add("programmeId", row.programmeId()));
        extension.add(new Label("whose", whose));
        item.add(extension.setVisible(row.oversight().offers(Oversight.Action.TIME_EXTENSION)));
        BookmarkablePageLink<Void> reset = new BookmarkablePageLink<>("reset", AttemptsResetPage.class,
                new PageParameters().add("accountId", row.accountId()).add("programmeId", row.programmeId()));
        reset.add(new Label("whose", whose));
        reset.setVisible(row.oversight().offers(Oversight.Action.NEW_ATTEMPTS));
        item.add(reset);
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
                setVisible(filtersRead() && (pages() > 1 || view.page() > 1));
            }
        };
        pager.add(new BookmarkablePageLink<Void>("previous", CompletionReportPage.class,
                view.atPage(view.page() - 1).parameters()).setVisible(view.page() > 1));
        pager.add(new Label("pageOf", () -> getString("pageOf").replace("{page}", String.valueOf(view.page()))
                .replace("{pages}", String.valueOf(pages()))));
        pager.add(new BookmarkablePageLink<Void>("next", CompletionReportPage.class,
                view.atPage(view.page() + 1).parameters()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(view.page() < pages());
            }
        });
        return pager;
    }

    private int pages() {
        int total = report.getObject().totalRows();
        return Math.max(1, (total + ReportView.PAGE_SIZE - 1) / ReportView.PAGE_SIZE);
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
