package org.ketaminetraining.web.admin;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.extensions.markup.html.repeater.data.table.HeadersToolbar;
import org.apache.wicket.extensions.markup.html.repeater.data.table.IColumn;
import org.apache.wicket.extensions.markup.html.repeater.data.table.NoRecordsToolbar;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.repeater.data.IDataProvider;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;
import org.ketaminetraining.compliance.service.mail.MailOutbox;
import org.ketaminetraining.compliance.service.mail.OutboxEntry;
import org.ketaminetraining.compliance.service.mail.RunSummary;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.component.CardColumn;
import org.ketaminetraining.web.component.CardTable;
import org.ketaminetraining.web.component.PreviousNextPager;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.RowModel;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Site;

/**
 * Reminder and digest mails, newest first: without SMTP the outbox where they wait (so demo mode shows them), with
 * SMTP the sent-mail ledger with each mail's delivery status. Administrators can run the reminders or this week's
 * digest now. Texts are shown as text (escaped), never as HTML.
 */
@AuthorizeInstantiation("ADMIN")
public class OutboxPage extends BasePage {

    static final int PAGE_SIZE = 20;
    private static final long serialVersionUID = 1L;

    @Inject
    private MailOutbox outbox;

    private final DataTable<OutboxEntry, String> table;

    public OutboxPage() {
        add(new Label("mode", () -> getString(outbox.mailConfigured(caller()) ? "mode.smtp" : "mode.outbox")));
        Form<Void> run = new Form<>("run");
        run.add(new Button("remind") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                report("ran.reminders", outbox.remindNow(caller()));
            }
        });
        run.add(new Button("digest") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                report("ran.digest", outbox.digestNow(caller()));
            }
        });
        add(run);
        table = new CardTable<>("table", columns(), new Entries(), PAGE_SIZE) {
            private static final long serialVersionUID = 1L;

            @Override
            protected IModel<String> getCaptionModel() {
                return () -> getString("caption");
            }
        };
        table.addTopToolbar(new HeadersToolbar<>(table, null));
        table.addBottomToolbar(new NoRecordsToolbar(table, () -> getString("none")));
        add(table);
        add(pager());
    }

    private void report(String key, RunSummary summary) {
        success(new StringResourceModel(key, this).setParameters(summary.recorded(), summary.sent(),
                summary.failed(), summary.noAddress(), summary.errors()).getString());
        table.setCurrentPage(0);
    }

    private List<IColumn<OutboxEntry, String>> columns() {
        List<IColumn<OutboxEntry, String>> columns = new ArrayList<>();
        columns.add(new CardColumn<>(new StringResourceModel("when.zone", this).setParameters(
                (IModel<String>) () -> Site.get().organisationZone().getId()), () -> getString("when"), null,
                (id, e) -> {
                    Fragment cell = new Fragment(id, "timeCell", OutboxPage.this);
                    cell.add(new Label("time", DisplayTime.readable(e.decidedAt(), Site.get().organisationZone()))
                            .add(AttributeModifier.replace("datetime", DisplayTime.machineReadable(e.decidedAt()))));
                    return cell;
                }));
        columns.add(new CardColumn<>(() -> getString("to"), () -> getString("to"), null,
                (id, e) -> new Label(id, e.recipient())));
        columns.add(new CardColumn<>(() -> getString("kind"), () -> getString("kind"), null,
                (id, e) -> new Label(id, getString("kind." + e.kind().name()))));
        columns.add(new CardColumn<>(() -> getString("status"), () -> getString("status"), null,
                (id, e) -> new Label(id, e.lastError().map(error -> getString("status." + e.status().name())
                        + " (" + e.attempts() + "): " + error).orElse(getString("status." + e.status().name())))));
        columns.add(new CardColumn<>(() -> getString("message"), () -> getString("message"), null,
                (id, e) -> {
                    Fragment cell = new Fragment(id, "messageCell", OutboxPage.this);
                    cell.add(new Label("subject", e.subject()), new Label("text", e.text()));
                    return cell;
                }));
        return columns;
    }

    private WebMarkupContainer pager() {
        return PreviousNextPager.of("pager", table, this);
    }

    private static SignedInUser caller() {
        return AppSession.get().user().orElseThrow();
    }

    /** One page of mails from the service at every render; the page keeps none of them. */
    private final class Entries implements IDataProvider<OutboxEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<? extends OutboxEntry> iterator(long first, long count) {
            return outbox.page(caller(), Math.toIntExact(first), (int) Math.min(count, MailOutbox.MAX_PAGE))
                    .iterator();
        }

        @Override
        public long size() {
            return outbox.count(caller());
        }

        @Override
        public IModel<OutboxEntry> model(OutboxEntry entry) {
            return RowModel.forRender(entry, "an outbox row");
        }
    }
}
