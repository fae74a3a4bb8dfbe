package org.ketaminetraining.web.admin;

import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBoxMultipleChoice;
import org.apache.wicket.markup.html.form.EmailTextField;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.IChoiceRenderer;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AccountView;
import org.ketaminetraining.people.service.DepartmentView;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.component.CheckBoxList;
import org.ketaminetraining.web.component.DateField;
import org.ketaminetraining.web.component.FieldErrors;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * Creates an account (without {@code id}) or edits one ({@code ?id=N}): name, email, start date (from which
 * assignments due after a person's start count), roles, the departments the person belongs to and those they manage; and for an existing account, reset password and disable/enable.
 */
@AuthorizeInstantiation("ADMIN")
public class UserEditPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    public UserEditPage(PageParameters parameters) {
        super(parameters);
        Optional<AccountView> existing = parameters.get("id").isEmpty() ? Optional.empty()
                : Optional.of(parameters.get("id").toLong(-1))
                        .flatMap(id -> accounts.find(AppSession.get().caller(), id));
        if (!parameters.get("id").isEmpty() && existing.isEmpty()) {
            getSession().error(getString("missing"));
            throw new RestartResponseException(UsersPage.class);
        }
        add(new Label("heading", existing.<IModel<String>>map(a -> new StringResourceModel("heading.edit", this)
                .setParameters(a.username())).orElse(new ResourceModel("heading.new"))));
        add(new BookmarkablePageLink<>("back", UsersPage.class));

        List<DepartmentView> departmentViews = accounts.departments(AppSession.get().caller());
        List<String> departmentCodes = departmentViews.stream().map(DepartmentView::code).toList();
        // A new person starts in the default department, if one is set up, so a manager sees them unless changed.
        List<String> presetDepartments = departmentViews.stream().filter(DepartmentView::defaultForNewTrainees)
                .map(DepartmentView::code).toList();
        TextField<String> username = new TextField<>("username", Model.of(existing.map(AccountView::username)
                .orElse("")));
        username.setRequired(true).setLabel(Model.of(getString("username"))).add(StringValidator.maximumLength(64));
        username.setEnabled(existing.isEmpty());
        TextField<String> displayName = new TextField<>("displayName",
                Model.of(existing.map(AccountView::displayName).orElse("")));
        displayName.setRequired(true).setLabel(Model.of(getString("displayName")))
                .add(StringValidator.maximumLength(120));
        EmailTextField email = new EmailTextField("email", Model.of(existing.map(AccountView::email).orElse(null)));
        email.setLabel(Model.of(getString("email"))).add(StringValidator.maximumLength(254));
        DateField startDate = new DateField("startDate", Model.of(existing.map(AccountView::startDate).orElse(null)));
        startDate.setLabel(Model.of(getString("startDate")));
        IModel<List<Role>> roles = Model.ofList(new ArrayList<>(existing.map(AccountView::roles)
                .orElse(java.util.Set.of(Role.TRAINEE))));
        CheckBoxMultipleChoice<Role> roleChoice = new CheckBoxList<>("roles", roles,
                Arrays.asList(Role.values()), new IChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(Role role) {
                        return getString("role." + role.name());
                    }

                    @Override
                    public String getIdValue(Role role, int index) {
                        return role.name();
                    }
                });
        roleChoice.setLabel(Model.of(getString("roles")));
        CheckBoxMultipleChoice<String> departments = new CheckBoxList<>("departments",
                Model.ofList(new ArrayList<>(existing.map(AccountView::departmentCodes)
                        .orElse(java.util.Set.copyOf(presetDepartments)))),
                departmentCodes);
        departments.setLabel(Model.of(getString("departments")));
        CheckBoxMultipleChoice<String> managed = new CheckBoxList<>("managedDepartments",
                Model.ofList(new ArrayList<>(existing.map(AccountView::managedDepartmentCodes)
                        .orElse(java.util.Set.of()))),
                departmentCodes);
        managed.setLabel(Model.of(getString("managedDepartments")));

        // Only the id is kept (the form's listener runs on a later request, after the page was serialized).
        long accountId = existing.map(AccountView::id).orElse(-1L);
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                AccountDetails details = new AccountDetails(username.getModelObject(), displayName.getModelObject(),
                        email.getModelObject(), new HashSet<>(roleChoice.getModelObject()),
                        new HashSet<>(departments.getModelObject()), new HashSet<>(managed.getModelObject()),
                        startDate.getModelObject());
                SignedInUser actor = AppSession.get().caller();
                try {
                    if (accountId >= 0) {
                        accounts.update(actor, accountId, details);
                        getSession().success(getString("saved"));
                        setResponsePage(UserEditPage.class, new PageParameters().add("id", accountId));
                    } else {
                        AccountService.CreatedAccount created = accounts.create(actor, details);
                        getSession().success(new StringResourceModel("created", this)
                                .setParameters(created.temporaryPassword()).getString());
                        setResponsePage(UserEditPage.class, new PageParameters().add("id", created.accountId()));
                    }
                } catch (ValidationException refusal) {
                    FieldErrors.show(this, refusal);
                }
            }
        };
        for (FormComponent<?> field : new FormComponent<?>[]{username, displayName, email, startDate, roleChoice,
            departments, managed}) {
            form.add(FieldMessages.attachTo(field, field == departments ? "departments-hint"
                    : field == startDate ? "startDate-hint" : null),
                    new FieldMessages(field.getId() + "Errors", field));
        }
        add(form);
        add(accountActions(existing));
    }

    private WebMarkupContainer accountActions(Optional<AccountView> existing) {
        WebMarkupContainer actions = new WebMarkupContainer("actions");
        actions.setVisible(existing.isPresent());
        long id = existing.map(AccountView::id).orElse(-1L);
        boolean enabled = existing.map(AccountView::enabled).orElse(true);
        actions.add(new Form<Void>("reset") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                String password = accounts.resetPassword(AppSession.get().caller(), id);
                getSession().success(new StringResourceModel("reset.done", this).setParameters(password).getString());
                setResponsePage(UserEditPage.class, new PageParameters().add("id", id));
            }
        });
        Form<Void> toggle = new Form<>("toggle") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    accounts.setEnabled(AppSession.get().caller(), id, !enabled);
                    getSession().success(getString(enabled ? "disabled" : "enabled"));
                    setResponsePage(UserEditPage.class, new PageParameters().add("id", id));
                } catch (ValidationException refusal) {
                    refusal.messagesByField().values().forEach(this::error);
                }
            }
        };
        toggle.add(new Label("toggleLabel", getString(enabled ? "disable" : "enable")));
        actions.add(toggle);
        return actions;
    }
}
