package org.ketaminetraining.web.admin;

import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AccountView;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/** All accounts with their roles, departments and status, filterable by username or name. */
@AuthorizeInstantiation("ADMIN")
public class UsersPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    public UsersPage(PageParameters parameters) {
        super(parameters);
        String filter = parameters.get("q").toString("");
        TextField<String> query = new TextField<>("q", Model.of(filter));
        query.add(StringValidator.maximumLength(120));
        StatelessForm<Void> search = new StatelessForm<>("search") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                setResponsePage(UsersPage.class, new PageParameters().add("q", query.getModelObject() == null
                        ? "" : query.getModelObject()));
            }
        };
        search.add(query);
        add(search);
        add(new BookmarkablePageLink<>("newUser", UserEditPage.class));

        LoadableDetachableModel<List<AccountView>> rows =
                LoadableDetachableModel.of(() -> accounts.list(AppSession.get().caller(), filter));
        add(new Label("count", new StringResourceModel("count", this).setParameters(
                (IModel<Integer>) () -> rows.getObject().size())));
        add(new ListView<>("rows", rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<AccountView> item) {
                AccountView a = item.getModelObject();
                BookmarkablePageLink<Void> edit = new BookmarkablePageLink<>("edit", UserEditPage.class,
                        new PageParameters().add("id", a.id()));
                edit.add(new Label("username", a.username()));
                item.add(edit);
                item.add(new Label("name", a.displayName()));
                item.add(new Label("roles", a.roles().stream().sorted().map(r -> getString("role." + r.name()))
                        .collect(Collectors.joining(", "))));
                // A trainee in no department is in no manager's completion report: say so where it shows.
                boolean unseen = a.roles().contains(Role.TRAINEE) && a.departmentCodes().isEmpty();
                Label departments = new Label("departments", unseen ? getString("departments.none")
                        : a.departmentCodes().stream().sorted().collect(Collectors.joining(", ")));
                item.add(departments.add(AttributeModifier.append("class", unseen ? "no-department" : null)));
                item.add(new Label("status", status(a)));
            }
        });
    }

    private String status(AccountView a) {
        if (!a.enabled()) {
            return getString("status.disabled");
        }
        if (a.locked()) {
            return getString("status.locked");
        }
        return a.hasPassword() ? getString("status.active") : getString("status.noPassword");
    }
}
