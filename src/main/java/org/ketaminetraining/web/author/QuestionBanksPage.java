package org.ketaminetraining.web.author;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.ketaminetraining.bank.service.BankImportService;
import org.ketaminetraining.bank.service.ImportSummary;
import org.ketaminetraining.bank.service.ModuleOverview;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.RoleGate;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * The bank in use and how it got there: the latest import (with every problem as file:line:column when the files
 * were refused), the modules with their question counts, and the recent imports. Administrators can re-import.
 */
@AuthorizeInstantiation({"EDUCATOR", "ADMIN"})
public class QuestionBanksPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private BankImportService banks;

    public QuestionBanksPage() {
        add(new Label("folder", () -> banks.questionsDirectory(AppSession.get().caller()).toString()));
        add(new BookmarkablePageLink<>("questions", QuestionListPage.class));
        LoadableDetachableModel<List<ImportSummary>> recent =
                LoadableDetachableModel.of(() -> banks.recent(AppSession.get().caller(), 10));
        add(latest(recent));
        add(reimportForm());
        add(new ListView<>("modules", LoadableDetachableModel.of(() -> banks.modules(AppSession.get().caller()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ModuleOverview> item) {
                ModuleOverview m = item.getModelObject();
                item.add(new Label("key", m.moduleKey()), new Label("title", m.title()),
                        new Label("questions", m.questions()), new Label("safetyCritical", m.safetyCritical()));
            }
        });
        add(new ListView<>("imports", recent) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ImportSummary> item) {
                ImportSummary s = item.getModelObject();
                item.add(new Label("when", DisplayTime.utc(s.startedAt())), new Label("actor", s.actor()),
                        new Label("outcome", getString(s.applied() ? "outcome.applied" : "outcome.rejected")),
                        new Label("changes", changes(s)));
            }
        });
    }

    private WebMarkupContainer latest(LoadableDetachableModel<List<ImportSummary>> recent) {
        WebMarkupContainer latest = new WebMarkupContainer("latest");
        LoadableDetachableModel<Optional<ImportSummary>> last =
                LoadableDetachableModel.of(() -> recent.getObject().stream().findFirst());
        latest.add(new Label("status", () -> last.getObject().map(s -> s.applied()
                ? text("latest.applied", DisplayTime.utc(s.startedAt()), changes(s))
                : text("latest.rejected", DisplayTime.utc(s.startedAt()), s.problemCount()))
                .orElse(getString("latest.none"))));
        latest.add(new ListView<>("problems", () -> last.getObject().map(ImportSummary::problems)
                .orElse(List.of())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(new Label("problem", item.getModelObject()));
            }
        });
        return latest;
    }

    private Form<Void> reimportForm() {
        Form<Void> form = new Form<>("reimport") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                ImportSummary summary = banks.importNow(AppSession.get().caller());
                if (summary.applied()) {
                    getSession().success(text("reimported", changes(summary)));
                } else {
                    getSession().error(text("refused", summary.problemCount()));
                }
                setResponsePage(QuestionBanksPage.class);
            }
        };
        return RoleGate.onlyFor(form, Role.ADMIN);
    }

    private String changes(ImportSummary s) {
        return s.applied() ? text("changes", s.added(), s.revised(), s.retired(), s.unchanged())
                : text("problems", s.problemCount());
    }
}
