package org.ketaminetraining.web.reports;

import org.apache.wicket.model.StringResourceModel;
import jakarta.inject.Inject;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.IValidator;
import org.apache.wicket.validation.ValidationError;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.certification.service.Verification.Outcome;
import org.ketaminetraining.certification.service.Verification;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.web.component.CertificateStyles;
import org.ketaminetraining.web.component.DayLabel;
import org.ketaminetraining.web.component.FieldErrors;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;

/**
 * {@code /reports/certificates/CODE/revoke}: revokes one certificate, with a reason (1 to 1000 characters, kept in
 * the certificate and the audit trail and shown to the holder, never on the public page) and a confirmation. The
 * certificate is shown as the public verification shows it, so the manager sees whose it is before acting, and only
 * when the caller oversees its holder; the service decides both that and whether this caller may revoke it. Only a
 * certificate in force can be revoked: an expired or revoked one is shown with the reason and no form.
 */
@AuthorizeInstantiation({"MANAGER", "ADMIN"})
public class RevokePage extends BasePage {

    private static final long serialVersionUID = 1L;
    static final int MAX_REASON = 1000;

    @Inject
    private ComplianceOversight oversight;
    private final LoadableDetachableModel<Verification> certificate;

    public RevokePage(PageParameters parameters) {
        super(parameters);
        String code = parameters.get("code").toString("").strip();
        // Only a certificate whose holder the caller oversees is shown; any other code reads as not found, so the
        // page reveals nothing about people outside the caller's departments.
        certificate = LoadableDetachableModel.of(() -> oversight.certificateToRevoke(AppSession.get().caller(),
                code).orElseGet(Verification::unknown));
        add(new BookmarkablePageLink<>("back", CompletionReportPage.class));
        add(new WebMarkupContainer("notFound") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(certificate.getObject().outcome() == Outcome.UNKNOWN);
            }
        });
        add(new WebMarkupContainer("alreadyRevoked") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(certificate.getObject().outcome() == Outcome.REVOKED);
            }
        });
        add(new WebMarkupContainer("expired") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(certificate.getObject().outcome() == Outcome.EXPIRED);
            }
        });
        add(new WebMarkupContainer("facts") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(certificate.getObject().details().isPresent());
            }

            @Override
            protected void onBeforeRender() {
                Verification.Details d = certificate.getObject().details().orElseThrow();
                addOrReplace(new Label("holder", d.holderName()), new Label("programme", d.programmeTitle()),
                        new DayLabel("issued", d.issuedOn(), ""), new DayLabel("validThrough", d.validThrough(), ""),
                        new Label("code", d.code()));
                super.onBeforeRender();
            }
        });
        add(form(code));
    }

    private Form<Void> form(String code) {
        TextArea<String> reason = new TextArea<>("reason", Model.of(""));
        reason.setRequired(true).setLabel(Model.of(getString("reason")));
        reason.add(StringValidator.maximumLength(MAX_REASON));
        CheckBox confirm = new CheckBox("confirm", Model.of(false));
        confirm.setLabel(Model.of(getString("confirm")));
        confirm.add((IValidator<Boolean>) field -> {
            if (!Boolean.TRUE.equals(field.getValue())) {
                field.error(new ValidationError(getString("confirm.required")));
            }
        });
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                // Only a certificate in force can be revoked (Oversight); the service refuses the others too.
                setVisible(certificate.getObject().outcome() == Outcome.VALID);
            }

            @Override
            protected void onSubmit() {
                try {
                    oversight.revoke(AppSession.get().user().orElseThrow(), code, reason.getModelObject());
                } catch (SecurityException refused) {
                    throw new RestartResponseException(AccessDeniedPage.class);
                } catch (ValidationException refusal) {
                    FieldErrors.show(this, refusal);
                    return;
                } catch (IllegalArgumentException refusal) {
                    error(refusal.getMessage());
                    return;
                }
                getSession().success(new StringResourceModel("done", this).setParameters(code).getString());
                setResponsePage(CompletionReportPage.class);
            }
        };
        form.add(FieldMessages.attachTo(reason, "reason-hint"), new FieldMessages("reasonErrors", reason));
        form.add(FieldMessages.attachTo(confirm, null), new FieldMessages("confirmErrors", confirm));
        form.add(new BookmarkablePageLink<>("cancel", CompletionReportPage.class));
        return form;
    }

    @Override
    protected void onDetach() {
        certificate.detach();
        super.onDetach();
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forReference(CertificateStyles.CSS));
    }
}
