package org.ketaminetraining.web.account;

import jakarta.inject.Inject;
import java.util.Arrays;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.people.PasswordPolicy;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.SignInService;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.component.FieldErrors;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/** Changes one's own password; the only page open to someone whose password was set by an administrator. */
@AuthorizeInstantiation({"TRAINEE", "EDUCATOR", "MANAGER", "ADMIN"})
public class ChangePasswordPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignInService signIn;

    public ChangePasswordPage() {
        SignedInUser user = AppSession.get().user().orElseThrow();
        add(new Label("mustChange", getString("mustChange")).setVisible(user.mustChangePassword()));
        PasswordTextField current = new PasswordTextField("currentPassword", Model.of(""));
        current.setLabel(Model.of(getString("currentPassword"))).add(StringValidator.maximumLength(
                PasswordPolicy.MAX_LENGTH));
        PasswordTextField next = new PasswordTextField("newPassword", Model.of(""));
        next.setLabel(Model.of(getString("newPassword"))).add(StringValidator.maximumLength(PasswordPolicy.MAX_LENGTH));
        PasswordTextField confirm = new PasswordTextField("confirm", Model.of(""));
        confirm.setLabel(Model.of(getString("confirm"))).add(StringValidator.maximumLength(PasswordPolicy.MAX_LENGTH));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                if (!next.getModelObject().equals(confirm.getModelObject())) {
                    confirm.error(getString("mismatch"));
                    return;
                }
                char[] oldSecret = current.getModelObject().toCharArray();
                char[] newSecret = next.getModelObject().toCharArray();
                try {
                    SignedInUser updated = signIn.changePassword(user.accountId(), oldSecret, newSecret);
                    AppSession.get().refresh(updated);
                    getSession().success(getString("changed"));
                    setResponsePage(getApplication().getHomePage());
                } catch (ValidationException refusal) {
                    FieldErrors.show(this, refusal);
                } finally {
                    Arrays.fill(oldSecret, '\0');
                    Arrays.fill(newSecret, '\0');
                }
            }
        };
        for (FormComponent<?> field : new FormComponent<?>[]{current, next, confirm}) {
            form.add(FieldMessages.attachTo(field, field.getId() + "-hint"),
                    new FieldMessages(field.getId() + "Errors", field));
        }
        add(form);
    }
}
