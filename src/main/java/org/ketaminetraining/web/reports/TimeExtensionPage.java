package org.ketaminetraining.web.reports;

import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.service.CompletionReport.Row;
import org.ketaminetraining.web.component.FieldMessages;

/**
 * {@code /reports/extension/ACCOUNT/PROGRAMME}: gives one person extra minutes (1 to 600) on a programme's timed
 * assessments, an attempt under way included. The person and programme are named as the caller's own completion
 * report lists them, so a manager can only name people in their departments; the service checks again on saving.
 * Only for a programme with a time limit, never for a revoked certificate's row nor one's own.
 */
@AuthorizeInstantiation({"MANAGER", "ADMIN"})
public class TimeExtensionPage extends PersonActionPage {

    private static final long serialVersionUID = 1L;
    static final int MAX_MINUTES = 600;

    public TimeExtensionPage(PageParameters parameters) {
        super(parameters, "extension", Oversight.Action.TIME_EXTENSION);
        NumberTextField<Integer> minutes = new NumberTextField<>("minutes", Model.of((Integer) null), Integer.class);
        minutes.setMinimum(1).setMaximum(MAX_MINUTES).setStep(1);
        minutes.setRequired(true).setLabel(Model.of(getString("minutes")));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                Row row = person.getObject().orElseThrow();
                if (perform(this, () -> oversight.extendTimeLimit(caller(), accountId, programmeId,
                        minutes.getModelObject()))) {
                    done(new StringResourceModel("done", this).setParameters(minutes.getModelObject(),
                            row.displayName(), row.programmeTitle()).getString());
                }
            }
        };
        form.add(whenTheActionApplies());
        form.add(FieldMessages.attachTo(minutes, "minutes-hint"), new FieldMessages("minutesErrors", minutes));
        form.add(new BookmarkablePageLink<>("cancel", CompletionReportPage.class));
        add(form);
    }
}
