package org.ketaminetraining.web.admin;

import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AuditEntry;
import org.ketaminetraining.web.AppSession;
import org.ketaminetraining.web.BasePage;
import org.ketaminetraining.web.component.DisplayTime;

/** The latest 200 entries of the audit trail: who changed which account, imports, backups, lockouts. */
@AuthorizeInstantiation("ADMIN")
public class AuditPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    public AuditPage() {
        LoadableDetachableModel<List<AuditEntry>> rows = LoadableDetachableModel.of(() -> accounts.recentAudit(AppSession.get().caller(), 200));
        add(new ListView<>("rows", rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<AuditEntry> item) {
                AuditEntry e = item.getModelObject();
                item.add(new Label("when", DisplayTime.utc(e.occurredAt())), new Label("actor", e.actor()),
                        new Label("action", e.action()), new Label("subject", e.subject()),
                        new Label("detail", e.detail()));
            }
        });
    }
}
