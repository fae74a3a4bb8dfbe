package org.ketaminetraining.web.admin;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBoxMultipleChoice;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.integration.service.ApiTokenAdministration;
import org.ketaminetraining.integration.service.ApiTokenView;
import org.ketaminetraining.integration.service.CreatedApiToken;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.DepartmentView;
import org.ketaminetraining.web.component.CheckBoxList;
import org.ketaminetraining.web.component.DateField;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.FieldErrors;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Site;

/**
 * {@code /admin/api-tokens}: the tokens HR systems read the JSON API with (name, departments, created, last used,
 * last day, revoked), a form to create one and a button to revoke each. A new token's secret is shown once, in the
 * answer to the form that created it: it is held in a transient field, so it is never written to Wicket's page
 * store and a reload of the page no longer shows it.
 */
@AuthorizeInstantiation("ADMIN")
public class ApiTokensPage extends BasePage {

    private static final long serialVersionUID = 1L;
    static final int MAX_NAME_LENGTH = 80;

    @Inject
    private ApiTokenAdministration tokens;
    @Inject
    private AccountService accounts;

    /** The secret of the token created by this request's form, shown once; never serialized. */
    private transient String createdSecret;
    private transient String createdName;

    public ApiTokensPage() {
        LoadableDetachableModel<List<ApiTokenView>> rows = LoadableDetachableModel.of(
                () -> tokens.list(AppSession.get().caller()));
        LoadableDetachableModel<Map<String, String>> departmentNames = LoadableDetachableModel.of(
                () -> accounts.departments(AppSession.get().caller()).stream()
                        .collect(Collectors.toMap(DepartmentView::code, DepartmentView::name)));

        WebMarkupContainer created = new WebMarkupContainer("created");
        created.add(new Label("createdName", () -> createdName), new Label("secret", () -> createdSecret));
        add(created.add(VisibleWhen.of(() -> createdSecret != null)));

        WebMarkupContainer table = new WebMarkupContainer("table");
        table.add(new ListView<>("rows", rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ApiTokenView> item) {
                ApiTokenView token = item.getModelObject();
                long id = token.id();
                item.add(new Label("name", token.name()),
                        new Label("departments", String.join(", ", token.departments())),
                        new Label("created", DisplayTime.readable(token.createdAt(), zone()) + ", "
                                + token.createdBy()),
                        new Label("lastUsed", token.lastUsedAt().map(when -> DisplayTime.readable(when, zone()))
                                .orElse(getString("never"))),
                        new Label("expires", token.expiresOn().map(LocalDate::toString).orElse(getString("noExpiry"))),
                        new Label("state", token.revoked() ? getString("revoked") + " " + DisplayTime.readable(
                                token.revokedAt().orElseThrow(), zone()) + ", " + token.revokedBy().orElse("")
                                : token.expired() ? getString("expired") : getString("active")));
                Form<Void> revoke = new Form<>("revoke") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void onSubmit() {
                        tokens.revoke(AppSession.get().caller(), id);
                        getSession().success(getString("revokedMessage"));
                        setResponsePage(ApiTokensPage.class);
                    }
                };
                revoke.add(new Label("revokeWhich", token.name()));
                item.add(revoke.setVisible(!token.revoked()));
            }
        });
        add(table.add(VisibleWhen.of(() -> !rows.getObject().isEmpty())));
        add(new WebMarkupContainer("none").add(VisibleWhen.of(() -> rows.getObject().isEmpty())));

        TextField<String> name = new TextField<>("name", Model.of(""));
        name.setRequired(true).setLabel(Model.of(getString("name")))
                .add(StringValidator.maximumLength(MAX_NAME_LENGTH));
        CheckBoxMultipleChoice<String> departments = new CheckBoxList<>("departments", Model.ofList(new ArrayList<>()),
                LoadableDetachableModel.of(() -> departmentNames.getObject().entrySet().stream()
                        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList()),
                new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        return departmentNames.getObject().getOrDefault(code, code) + " (" + code + ")";
                    }

                    @Override
                    public String getIdValue(String code, int index) {
                        return code;
                    }
                });
        departments.setRequired(true).setLabel(Model.of(getString("departments")));
        DateField expires = new DateField("expiresOn", Model.of((LocalDate) null));
        expires.setLabel(Model.of(getString("expiresOn")));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    CreatedApiToken token = tokens.create(AppSession.get().caller(), name.getModelObject(),
                            departments.getModelObject(), Optional.ofNullable(expires.getModelObject()));
                    createdSecret = token.secret();
                    createdName = token.token().name();
                    name.setModelObject("");
                    departments.setModelObject(new ArrayList<>());
                    expires.setModelObject(null);
                } catch (ValidationException refusal) {
                    FieldErrors.show(this, refusal);
                }
            }
        };
        for (FormComponent<?> field : new FormComponent<?>[]{name, departments, expires}) {
            form.add(FieldMessages.attachTo(field, field.getId() + "-hint"),
                    new FieldMessages(field.getId() + "Errors", field));
        }
        add(form.add(name, departments, expires));
    }

    private static java.time.ZoneId zone() {
        return Site.get().organisationZone();
    }
}
