package org.ketaminetraining.web.admin;

import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.DepartmentView;
import org.ketaminetraining.web.component.FieldErrors;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/** The departments, how many people each has, and a form to add one. */
@AuthorizeInstantiation("ADMIN")
public class DepartmentsPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    public DepartmentsPage() {
        LoadableDetachableModel<List<DepartmentView>> rows = LoadableDetachableModel.of(
                () -> accounts.departments(AppSession.get().caller()));
        add(new ListView<>("rows", rows) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<DepartmentView> item) {
                DepartmentView d = item.getModelObject();
                item.add(new Label("code", d.code()), new Label("name", d.name()), new Label("members", d.members()));
            }
        });
        TextField<String> code = new TextField<>("code", Model.of(""));
        code.setRequired(true).setLabel(Model.of(getString("code"))).add(StringValidator.maximumLength(40));
        TextField<String> name = new TextField<>("name", Model.of(""));
        name.setRequired(true).setLabel(Model.of(getString("name"))).add(StringValidator.maximumLength(120));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    accounts.createDepartment(AppSession.get().caller(), code.getModelObject(), name.getModelObject());
                    getSession().success(getString("created"));
                    setResponsePage(DepartmentsPage.class);
                } catch (ValidationException refusal) {
                    FieldErrors.show(this, refusal);
                }
            }
        };
        for (FormComponent<?> field : new FormComponent<?>[]{code, name}) {
            form.add(FieldMessages.attachTo(field, field.getId() + "-hint"),
                    new FieldMessages(field.getId() + "Errors", field));
        }
        add(form);
    }
}
