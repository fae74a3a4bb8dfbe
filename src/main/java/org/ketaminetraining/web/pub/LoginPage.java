package org.ketaminetraining.web.pub;

import org.apache.wicket.model.StringResourceModel;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.people.PasswordPolicy;
import org.ketaminetraining.people.service.FirstRunService;
import org.ketaminetraining.people.service.SignInResult;
import org.ketaminetraining.people.service.SignInService;
import org.ketaminetraining.ratelimit.ClientKey;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * Sign-in with username and password. Every refusal reads the same, so it reveals nothing about accounts; only a
 * client address that has used up its failed sign-ins is also told how long to wait.
 */
public class LoginPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignInService signIn;
    @Inject
    private FirstRunService firstRun;

    public LoginPage(PageParameters parameters) {
        super(parameters);
        if (!parameters.get("signedOut").isEmpty()) {
            info(getString("signedOut"));
        }
        WebMarkupContainer setupNeeded = new WebMarkupContainer("setupNeeded");
        setupNeeded.add(new BookmarkablePageLink<>("setupLink", SetupPage.class));
        setupNeeded.setVisible(firstRun.isSetupNeeded());
        add(setupNeeded);
        add(new BookmarkablePageLink<>("verifyLink", org.ketaminetraining.web.pub.VerifyPage.class));

        TextField<String> username = new TextField<>("username", Model.of(""));
        username.setRequired(true).setLabel(Model.of(getString("username")));
        username.add(StringValidator.maximumLength(64));
        PasswordTextField password = new PasswordTextField("password", Model.of(""));
        password.setRequired(true).setLabel(Model.of(getString("password")));
        password.add(StringValidator.maximumLength(PasswordPolicy.MAX_LENGTH));

        StatelessForm<Void> form = new StatelessForm<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                char[] secret = password.getModelObject().toCharArray();
                SignInResult result = signIn.signIn(username.getModelObject(), secret, clientKey());
                java.util.Arrays.fill(secret, '\0');
                if (result instanceof SignInResult.SignedIn signedIn) {
                    AppSession.get().signInAs(signedIn.person());
                    continueToOriginalDestination();
                    setResponsePage(getApplication().getHomePage());
                    return;
                }
                if (result instanceof SignInResult.Busy) {
                    error(getString("busy"));
                    return;
                }
                error(getString("failed"));
                if (result instanceof SignInResult.Throttled throttled) {
                    long minutes = throttled.minutes();
                    error(new StringResourceModel("throttled", this).setParameters(minutes).getString());
                }
            }
        };
        form.add(FieldMessages.attachTo(username, null), new FieldMessages("usernameErrors", username));
        form.add(FieldMessages.attachTo(password, null), new FieldMessages("passwordErrors", password));
        add(form);
    }

    /**
     * The client's address as the sign-in limits count it: the connection's, or the client's behind a trusted
     * proxy (KT_TRUSTED_PROXIES), never a header the client writes itself.
     */
    private String clientKey() {
        Object request = getRequest().getContainerRequest();
        return ClientKey.of(request instanceof HttpServletRequest http ? http.getRemoteAddr() : null);
    }
}
