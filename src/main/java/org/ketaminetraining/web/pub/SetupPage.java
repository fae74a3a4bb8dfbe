package org.ketaminetraining.web.pub;

import jakarta.inject.Inject;
import java.util.Arrays;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.EmailTextField;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.Model;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.people.PasswordPolicy;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.FirstRunService;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.component.FieldErrors;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * Creates the first administrator of an empty installation with the one-time token from the server log. Once an
 * administrator exists the page only says so.
 */
public class SetupPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private FirstRunService firstRun;

    public SetupPage() {
        boolean needed = firstRun.isSetupNeeded();
        WebMarkupContainer done = new WebMarkupContainer("done");
        done.add(new BookmarkablePageLink<>("loginLink", LoginPage.class));
        done.setVisible(!needed);
        add(done);

        TextField<String> token = new TextField<>("token", Model.of(""));
        token.setRequired(true).setLabel(Model.of(getString("token"))).add(StringValidator.maximumLength(64));
        TextField<String> username = new TextField<>("username", Model.of(""));
        username.setRequired(true).setLabel(Model.of(getString("username"))).add(StringValidator.maximumLength(64));
        TextField<String> displayName = new TextField<>("displayName", Model.of(""));
        displayName.setRequired(true).setLabel(Model.of(getString("displayName")))
                .add(StringValidator.maximumLength(120));
        EmailTextField email = new EmailTextField("email", Model.of(""));
        email.setLabel(Model.of(getString("email"))).add(StringValidator.maximumLength(254));
        PasswordTextField password = new PasswordTextField("password", Model.of(""));
        password.setLabel(Model.of(getString("password")))
                .add(StringValidator.maximumLength(PasswordPolicy.MAX_LENGTH));
        PasswordTextField confirm = new PasswordTextField("confirm", Model.of(""));
        confirm.setLabel(Model.of(getString("confirm"))).add(StringValidator.maximumLength(PasswordPolicy.MAX_LENGTH));

        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                if (!password.getModelObject().equals(confirm.getModelObject())) {
                    confirm.error(getString("mismatch"));
                    return;
                }
                char[] secret = password.getModelObject().toCharArray();
                try {
                    SignedInUser admin = firstRun.createFirstAdministrator(token.getModelObject(),
                            username.getModelObject(), displayName.getModelObject(), email.getModelObject(), secret);
                    AppSession.get().signInAs(admin);
                    getSession().success(getString("created"));
                    setResponsePage(getApplication().getHomePage());
                } catch (ValidationException refusal) {
                    FieldErrors.show(this, refusal);
                } finally {
                    Arrays.fill(secret, '\0');
                }
            }
        };
        form.setVisible(needed);
        for (var field : new org.apache.wicket.markup.html.form.FormComponent<?>[]{token, username, displayName,
            email, password, confirm}) {
            form.add(FieldMessages.attachTo(field, field.getId() + "-hint"),
                    new FieldMessages(field.getId() + "Errors", field));
        }
        add(form);
    }
}
