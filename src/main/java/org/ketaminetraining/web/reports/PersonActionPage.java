package org.ketaminetraining.web.reports;

import org.apache.wicket.model.StringResourceModel;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.certification.rules.Oversight;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.CompletionReport.Row;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.component.FieldErrors;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * A manager's action on one person in one programme ({@code .../ACCOUNT/PROGRAMME}): names them as the caller's
 * completion report would (so a manager can only name people of their departments; the service checks again when
 * the action is saved), or says they are not in the caller's report. Opened for a row where the action means
 * nothing (the report does not offer it there), it says why instead of offering the form; the service refuses
 * the same cases. Subclasses add the form, shown only {@link #whenTheActionApplies}.
 */
abstract class PersonActionPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    protected ComplianceOversight oversight;
    protected final long accountId;
    protected final String programmeId;
    /** The person's row, or empty when the caller does not oversee them. */
    protected final LoadableDetachableModel<Optional<Row>> person;
    private final Oversight.Action action;

    protected PersonActionPage(PageParameters parameters, String markupPrefix, Oversight.Action action) {
        super(parameters);
        accountId = parameters.get("accountId").toLong(-1);
        programmeId = parameters.get("programmeId").toString("");
        if (accountId < 0 || programmeId.isBlank()) {
            throw new AbortWithHttpErrorCodeException(404);
        }
        person = LoadableDetachableModel.of(() -> oversight.completionRow(caller(), accountId, programmeId));
        add(new BookmarkablePageLink<>("back", CompletionReportPage.class));
        WebMarkupContainer notFound = new WebMarkupContainer("notFound");
        notFound.setMarkupId(markupPrefix + "-not-found");
        add(notFound.add(VisibleWhen.of(() -> person.getObject().isEmpty())));
        Label who = new Label("who", () -> person.getObject().map(r -> describe("who", r)).orElse(""));
        who.setMarkupId(markupPrefix + "-who");
        add(who.add(VisibleWhen.of(() -> person.getObject().isPresent())));
        this.action = action;
        Label notApplicable = new Label("notApplicable", () -> person.getObject()
                .flatMap(r -> r.oversight().refusal(action).map(refusal -> describe("notApplicable." + refusal.name(),
                        r)))
                .orElse(""));
        notApplicable.setMarkupId(markupPrefix + "-not-applicable");
        add(notApplicable.add(VisibleWhen.of(() -> person.getObject()
                .map(r -> !r.oversight().offers(action)).orElse(false))));
    }

    /** A text about the row's person: {0} their name, {1} their username, {2} the programme. */
    private String describe(String key, Row row) {
        return new StringResourceModel(key, this).setParameters(row.displayName(), row.username(),
                row.programmeTitle()).getString();
    }

    /** Shows a form only while the person is in the caller's report and their row offers the action. */
    protected final VisibleWhen whenTheActionApplies() {
        return VisibleWhen.of(() -> person.getObject().map(r -> r.oversight().offers(action)).orElse(false));
    }

    protected static SignedInUser caller() {
        return AppSession.get().user().orElseThrow();
    }

    /**
     * Makes the form's service call: true when it went through; false when the service refused a value, which is
     * then shown on the form. A refusal by the service's own access check is the access-denied page, whatever this
     * page believed.
     */
    protected static boolean perform(Form<?> form, Runnable call) {
        try {
            call.run();
            return true;
        } catch (SecurityException notTheirs) {
            throw new RestartResponseException(AccessDeniedPage.class);
        } catch (ValidationException refusal) {
            FieldErrors.show(form, refusal);
            return false;
        } catch (IllegalArgumentException refusal) {
            form.error(refusal.getMessage());
            return false;
        }
    }

    /** Back to the report, which says what was done. */
    protected final void done(String message) {
        getSession().success(message);
        setResponsePage(CompletionReportPage.class);
    }

    @Override
    protected void onDetach() {
        person.detach();
        super.onDetach();
    }
}
