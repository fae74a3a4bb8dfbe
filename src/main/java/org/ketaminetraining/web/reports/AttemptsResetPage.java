package org.ketaminetraining.web.reports;

import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.service.CompletionReport.Row;
import org.ketaminetraining.web.component.FieldMessages;

/**
 * {@code /reports/attempts/ACCOUNT/PROGRAMME}: lets one person start afresh on a programme's assessment when they
 * have used up their attempts (Moodle's "user override" for attempts). A reason is required and goes to the
 * activity log. Only for someone out of attempts or waiting out the cooldown after a failed one.
 */
@AuthorizeInstantiation({"MANAGER", "ADMIN"})
public class AttemptsResetPage extends PersonActionPage {

    private static final long serialVersionUID = 1L;
    static final int MAX_REASON = 1000;

    public AttemptsResetPage(PageParameters parameters) {
        super(parameters, "reset", Oversight.Action.NEW_ATTEMPTS);
        TextArea<String> reason = new TextArea<>("reason", Model.of(""));
        reason.setRequired(true).setLabel(Model.of(getString("reason")));
        reason.add(StringValidator.maximumLength(MAX_REASON));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                Row row = person.getObject().orElseThrow();
                if (perform(this, () -> oversight.allowNewAttempts(caller(), accountId, programmeId,
                        reason.getModelObject()))) {
                    done(new StringResourceModel("done", this).setParameters(row.displayName(),
                            row.programmeTitle()).getString());
                }
            }
        };
        form.add(whenTheActionApplies());
        form.add(FieldMessages.attachTo(reason, "reason-hint"), new FieldMessages("reasonErrors", reason));
        form.add(new BookmarkablePageLink<>("cancel", CompletionReportPage.class));
        add(form);
    }
}
