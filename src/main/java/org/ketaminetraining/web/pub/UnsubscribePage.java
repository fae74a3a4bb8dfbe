package org.ketaminetraining.web.pub;

import jakarta.inject.Inject;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.compliance.service.mail.MailPreferences;
import org.ketaminetraining.web.layout.BasePage;

/**
 * The page an optional mail's unsubscribe link opens ({@code /unsubscribe/TOKEN}). Opening it changes nothing (mail
 * scanners and link previews open links); the confirm button does, as a form post the same-origin rule guards like
 * every other. The token is the only credential: it turns optional mails off for its owner and nothing else, and the
 * page names nobody. Signed in, a person turns them back on under Settings.
 */
public class UnsubscribePage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailPreferences preferences;

    private final String token;
    private boolean done;

    public UnsubscribePage(PageParameters parameters) {
        super(parameters);
        String given = parameters.get("token").toString("");
        token = given.length() <= MailPreferences.MAX_TOKEN_LENGTH ? given : "";
        boolean known = preferences.knownToken(token);
        WebMarkupContainer unknown = new WebMarkupContainer("unknown");
        unknown.setVisible(!known);
        add(unknown);
        Form<Void> confirm = new Form<>("confirm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                done = preferences.unsubscribe(token);
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(known && !done);
            }
        };
        add(confirm);
        add(new WebMarkupContainer("done") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(done);
            }
        });
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        // The token is in the address: keep it out of caches and of the Referer of any link followed from here.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
