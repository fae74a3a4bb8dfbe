package org.ketaminetraining.web.certificate;

import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.NumberTextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.certification.service.CertificationService;
import org.ketaminetraining.certification.service.CompletionQuery;
import org.ketaminetraining.certification.service.CompletionReport.Row;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.web.AppSession;
import org.ketaminetraining.web.BasePage;
import org.ketaminetraining.web.component.FieldErrors;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.pub.AccessDeniedPage;

/**
 * {@code /reports/extension/ACCOUNT/PROGRAMME}: gives one person extra minutes (1 to 600) on a programme's timed
 * assessments, an attempt under way included. The person and programme are named as the caller's own completion
 * report lists them, so a manager can only name people in their departments; the service checks again on saving.
 */
@AuthorizeInstantiation({"MANAGER", "ADMIN"})
public class TimeExtensionPage extends BasePage {

    private static final long serialVersionUID = 1L;
    static final int MAX_MINUTES = 600;

    @Inject
    private CertificationService certification;
    private final LoadableDetachableModel<Optional<Row>> person;

    public TimeExtensionPage(PageParameters parameters) {
        super(parameters);
        long accountId = parameters.get("accountId").toLong(-1);
        String programmeId = parameters.get("programmeId").toString("");
        if (accountId < 0 || programmeId.isBlank()) {
            throw new AbortWithHttpErrorCodeException(404);
        }
        person = LoadableDetachableModel.of(() -> find(accountId, programmeId));
        add(new BookmarkablePageLink<>("back", CompletionReportPage.class));
        add(new WebMarkupContainer("notFound") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(person.getObject().isEmpty());
            }
        });
        add(new Label("who", () -> person.getObject().map(r -> getString("who")
                .replace("{name}", r.displayName()).replace("{username}", r.username())
                .replace("{programme}", r.programmeTitle())).orElse("")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(person.getObject().isPresent());
            }
        });

        NumberTextField<Integer> minutes = new NumberTextField<>("minutes", Model.of((Integer) null), Integer.class);
        minutes.setMinimum(1).setMaximum(MAX_MINUTES).setStep(1);
        minutes.setRequired(true).setLabel(Model.of(getString("minutes")));
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(person.getObject().isPresent());
            }

            @Override
            protected void onSubmit() {
                Row row = person.getObject().orElseThrow();
                try {
                    certification.extendTimeLimit(AppSession.get().user().orElseThrow(), accountId, programmeId,
                            minutes.getModelObject());
                } catch (SecurityException refused) {
                    throw new RestartResponseException(AccessDeniedPage.class);
                } catch (ValidationException refusal) {
                    FieldErrors.show(this, refusal);
                    return;
                } catch (IllegalArgumentException refusal) {
                    error(refusal.getMessage());
                    return;
                }
                getSession().success(getString("done").replace("{minutes}", String.valueOf(minutes.getModelObject()))
                        .replace("{name}", row.displayName()).replace("{programme}", row.programmeTitle()));
                setResponsePage(CompletionReportPage.class);
            }
        };
        form.add(FieldMessages.attachTo(minutes, "minutes-hint"), new FieldMessages("minutesErrors", minutes));
        form.add(new BookmarkablePageLink<>("cancel", CompletionReportPage.class));
        add(form);
    }

    /** The person in the caller's report, which holds only people the caller may act for. */
    private Optional<Row> find(long accountId, String programmeId) {
        try {
            return certification.completionReport(AppSession.get().user().orElseThrow(), CompletionQuery.all())
                    .rows().stream()
                    .filter(r -> r.accountId() == accountId && r.programmeId().equals(programmeId))
                    .findFirst();
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        }
    }

    @Override
    protected void onDetach() {
        person.detach();
        super.onDetach();
    }
}
