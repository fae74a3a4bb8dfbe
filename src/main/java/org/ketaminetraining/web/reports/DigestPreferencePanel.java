package org.ketaminetraining.web.reports;

import jakarta.inject.Inject;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.Model;
import org.ketaminetraining.compliance.service.mail.MailPreferences;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.layout.AppSession;

/**
 * Whether the signed-in manager gets the weekly digest by mail. The digest is an optional mail, so its unsubscribe
 * link turns it off; this is where a manager who is not also a trainee (and so has no study settings page) turns it
 * back on. The setting is the person's one "optional mails" choice, shared with a trainee's refresher nudges.
 */
class DigestPreferencePanel extends Panel {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailPreferences mail;

    DigestPreferencePanel(String id) {
        super(id);
        CheckBox digest = new CheckBox("digest", Model.of(mail.optionalMails(AppSession.get().caller())));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                boolean wanted = Boolean.TRUE.equals(digest.getModelObject());
                mail.setOptionalMails(AppSession.get().caller(), wanted);
                success(getString(wanted ? "digest.on" : "digest.off"));
            }
        };
        form.add(FieldMessages.attachTo(digest, "digest-hint"), new FieldMessages("digestErrors", digest));
        add(form);
    }
}
