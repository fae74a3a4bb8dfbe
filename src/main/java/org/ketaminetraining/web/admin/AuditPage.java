package org.ketaminetraining.web.admin;

import org.apache.wicket.model.StringResourceModel;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.ISortStateLocator;
import org.apache.wicket.extensions.markup.html.repeater.data.sort.SortOrder;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.extensions.markup.html.repeater.data.table.HeadersToolbar;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.NoRecordsToolbar;
import org.apache.wicket.extensions.markup.html.repeater.util.SortableDataProvider;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.IChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AuditEntry;
import org.ketaminetraining.people.service.AuditQuery;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.component.CardColumn;
import org.ketaminetraining.web.component.CardTable;
import org.ketaminetraining.web.component.PreviousNextPager;
import org.ketaminetraining.web.component.DateField;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Site;
import org.ketaminetraining.web.component.RowModel;

/**
 * The audit trail: who changed which account, imports, backups, lockouts, certificates. Filtered by actor, action
 * and a range of days (in the organisation's time zone), newest or oldest first, {@value #PAGE_SIZE} to a page.
 * The page keeps only the filter's values; the entries are read from the service at every render.
 */
@AuthorizeInstantiation("ADMIN")
public class AuditPage extends BasePage {

    static final int PAGE_SIZE = 25;
    private static final long serialVersionUID = 1L;
    private static final String WHEN = "when";

    @Inject
    private AccountService accounts;

    /** The filter in force: what the form last submitted without an error. */
    private String actor;
    private String action;
    private LocalDate fromDay;
    private LocalDate toDay;

    private final DataTable<AuditEntry, String> table;

    public AuditPage() {
        LoadableDetachableModel<List<String>> actions =
                LoadableDetachableModel.of(() -> accounts.auditActions(caller()));
        add(filterForm(actions));
        Entries entries = new Entries();
        table = new CardTable<>("table", columns(), entries, PAGE_SIZE) {
            private static final long serialVersionUID = 1L;

            @Override
            protected IModel<String> getCaptionModel() {
                return () -> getString(entries.newestFirst() ? "caption.newest" : "caption.oldest");
            }
        };
        table.addTopToolbar(new SortStateHeaders(table, entries));
        table.addBottomToolbar(new NoRecordsToolbar(table, () -> getString("none")));
        add(table);
        add(new Label("count", this::countText));
        add(pager());
    }

    private Form<Void> filterForm(IModel<List<String>> actions) {
        TextField<String> actorField = new TextField<>("actor", Model.of(actor));
        actorField.setLabel(Model.of(getString("actor")))
                .add(StringValidator.maximumLength(AuditQuery.MAX_ACTOR_LENGTH));
        DropDownChoice<String> actionField = new DropDownChoice<>("action", Model.of(action), actions,
                new IChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        return actionName(code);
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
        actionField.setNullValid(true).setLabel(Model.of(getString("action")));
        DateField from = new DateField("from", Model.of(fromDay));
        from.setLabel(Model.of(getString("from")));
        DateField to = new DateField("to", Model.of(toDay));
        to.setLabel(Model.of(getString("to")));
        Form<Void> form = new Form<>("filter") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                LocalDate first = from.getModelObject();
                LocalDate last = to.getModelObject();
                if (first != null && last != null && last.isBefore(first)) {
                    to.error(getString("to.beforeFrom"));
                    return;
                }
                actor = actorField.getModelObject();
                action = actionField.getModelObject();
                fromDay = first;
                toDay = last;
                table.setCurrentPage(0);
            }
        };
        for (var field : List.of(actorField, actionField, from, to)) {
            form.add(FieldMessages.attachTo(field, null), new FieldMessages(field.getId() + "Errors", field));
        }
        form.add(new BookmarkablePageLink<>("clear", AuditPage.class));
        return form;
    }

    private List<IColumn<AuditEntry, String>> columns() {
        List<IColumn<AuditEntry, String>> columns = new ArrayList<>();
        columns.add(new CardColumn<>(
                new StringResourceModel("when.zone", this).setParameters((IModel<String>) () -> zone().getId()),
                () -> getString("when"), WHEN,
                (id, e) -> {
                    Fragment cell = new Fragment(id, "timeCell", AuditPage.this);
                    cell.add(new Label("time", DisplayTime.readable(e.occurredAt(), zone()))
                            .add(AttributeModifier.replace("datetime", DisplayTime.machineReadable(e.occurredAt()))));
                    return cell;
                }));
        columns.add(new CardColumn<>(() -> getString("actor"), () -> getString("actor"), null,
                (id, e) -> new Label(id, e.actor())));
        columns.add(new CardColumn<>(() -> getString("action"), () -> getString("action"), null,
                (id, e) -> new Label(id, actionName(e.action()))));
        columns.add(new CardColumn<>(() -> getString("subject"), () -> getString("subject"), null,
                (id, e) -> new Label(id, AuditText.subject(e.action(), e.subject()))));
        columns.add(new CardColumn<>(() -> getString("detail"), () -> getString("detail"), null,
                (id, e) -> new Label(id, AuditText.detail(e.detail(), zone()))));
        return columns;
    }

    private WebMarkupContainer pager() {
        return PreviousNextPager.of("pager", table, this);
    }

    private String countText() {
        long total = table.getItemCount();
        if (total == 0) {
            return getString("count.none");
        }
        long first = table.getCurrentPage() * PAGE_SIZE;
        return new StringResourceModel("count", this).setParameters(total, first + 1,
                Math.min(total, first + PAGE_SIZE)).getString();
    }

    /** An action by its name in words ("Account created"); an action this page does not know, as recorded. */
    private String actionName(String code) {
        return getString("action." + code, null, code);
    }

    private AuditQuery query(long first, long count) {
        ZoneId zone = zone();
        return new AuditQuery(Optional.ofNullable(actor), Optional.ofNullable(action),
                Optional.ofNullable(fromDay).map(d -> d.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(toDay).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()),
                ((Entries) table.getDataProvider()).newestFirst(), Math.toIntExact(first),
                (int) Math.max(1, Math.min(count, AuditQuery.MAX_RESULTS)));
    }

    private static SignedInUser caller() {
        return AppSession.get().user().orElseThrow();
    }

    private static ZoneId zone() {
        return Site.get().organisationZone();
    }

    /** The entries matching the filter in force, in the order of the "When" column. */
    private final class Entries extends SortableDataProvider<AuditEntry, String> {

        private static final long serialVersionUID = 1L;

        Entries() {
            setSort(WHEN, SortOrder.DESCENDING);
        }

        boolean newestFirst() {
            return getSort() == null || !getSort().isAscending();
        }

        @Override
        public Iterator<? extends AuditEntry> iterator(long first, long count) {
            return accounts.findAudit(caller(), query(first, count)).iterator();
        }

        @Override
        public long size() {
            return accounts.countAudit(caller(), query(0, 1));
        }

        /**
         * A row holds its entry for the request that renders it, never in the stored page: the table builds its rows
         * anew at every render, and entries have no id to load them by again.
         */
        @Override
        public IModel<AuditEntry> model(AuditEntry entry) {
            return RowModel.forRender(entry, "an audit row");
        }
    }

    /** The column headers, with the sorted column's order for assistive technology as well as the arrow. */
    private static final class SortStateHeaders extends HeadersToolbar<String> {

        private static final long serialVersionUID = 1L;

        SortStateHeaders(DataTable<AuditEntry, String> table, ISortStateLocator<String> sort) {
            super(table, sort);
        }

        @Override
        protected WebMarkupContainer newSortableHeader(String headerId, String property,
                ISortStateLocator<String> locator) {
            WebMarkupContainer header = super.newSortableHeader(headerId, property, locator);
            header.add(AttributeModifier.replace("aria-sort",
                    () -> switch (locator.getSortState().getPropertySortOrder(property)) {
                        case ASCENDING -> "ascending";
                        case DESCENDING -> "descending";
                        case NONE -> null;
                    }));
            return header;
        }
    }
}
