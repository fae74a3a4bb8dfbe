package org.ketaminetraining.web.pub;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.core.request.handler.RenderPageRequestHandler.RedirectPolicy;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.certification.service.CertificateVerification;
import org.ketaminetraining.certification.service.Verification;
import org.ketaminetraining.certification.signing.VerificationCode;
import org.ketaminetraining.ratelimit.TokenBucketLimiter;
import org.ketaminetraining.ratelimit.VerificationBudget;
import org.ketaminetraining.web.component.CertificateStyles;
import org.ketaminetraining.web.component.DayLabel;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.layout.BasePage;

/**
 * Public verification, no sign-in: {@code /verify} asks for a code, {@code /verify/CODE} answers in words (Valid,
 * Expired, Revoked, Not found) with, for a known code only, the holder, the programme and the dates. An unknown
 * code and a malformed one get the same page. Each answer counts against the client address's lookup budget,
 * shared with the JSON API ({@link VerificationBudget}); over it the answer is the 429 page. Search engines are asked not to index it.
 */
public class VerifyPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private CertificateVerification verification;
    @Inject
    private VerificationBudget budget;
    private final String code;
    private final LoadableDetachableModel<Verification> answer;

    public VerifyPage(PageParameters parameters) {
        super(parameters);
        code = parameters.get("code").toString("").strip();
        answer = LoadableDetachableModel.of(() -> lookUp(code));

        TextField<String> input = new TextField<>("code", Model.of(code));
        input.setRequired(true).setLabel(Model.of(getString("code")));
        input.add(StringValidator.maximumLength(100));
        StatelessForm<Void> form = new StatelessForm<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                String typed = input.getModelObject().strip();
                String tidy = VerificationCode.parse(typed).map(VerificationCode::toString).orElse(typed);
                setResponsePage(VerifyPage.class, new PageParameters().add("code", tidy));
            }
        };
        form.add(FieldMessages.attachTo(input, "verification-code-hint"), new FieldMessages("codeErrors", input));
        add(form);

        WebMarkupContainer result = new WebMarkupContainer("result");
        result.setVisible(!code.isEmpty());
        add(result);
        WebMarkupContainer verdict = new WebMarkupContainer("verdict");
        verdict.add(AttributeModifier.append("class", () -> "verdict-" + key(answer.getObject())));
        result.add(verdict);
        verdict.add(new Label("symbol", () -> getString("symbol." + key(answer.getObject()))));
        verdict.add(new Label("word", () -> getString("outcome." + key(answer.getObject()))));
        verdict.add(new Label("explanation", () -> getString("explanation." + key(answer.getObject()))));
        result.add(new WebMarkupContainer("facts") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(answer.getObject().details().isPresent());
            }

            @Override
            protected void onBeforeRender() {
                Verification.Details d = answer.getObject().details().orElseThrow();
                addOrReplace(new Label("holder", d.holderName()), new Label("programme", d.programmeTitle()),
                        new DayLabel("issued", d.issuedOn(), ""), new DayLabel("validThrough", d.validThrough(),
                                ""),
                        new Label("verifiedCode", d.code()));
                super.onBeforeRender();
            }
        });
    }

    /** Counts the lookup against the client's budget, then asks the service. */
    private Verification lookUp(String code) {
        Object request = getRequest().getContainerRequest();
        String address = request instanceof HttpServletRequest http ? http.getRemoteAddr() : null;
        TokenBucketLimiter.Decision decision = budget.spend(address);
        if (!decision.allowed()) {
            throw new RestartResponseException(new PageProvider(new TooManyRequestsPage(
                    decision.retryAfterSeconds())), RedirectPolicy.NEVER_REDIRECT);
        }
        return verification.verify(code);
    }

    private static String key(Verification verification) {
        return verification.outcome().name().toLowerCase(Locale.ROOT);
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        // Looks the code up before anything renders, so that a refusal replaces the whole page.
        if (!code.isEmpty()) {
            answer.getObject();
        }
    }

    @Override
    protected void onDetach() {
        answer.detach();
        super.onDetach();
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forReference(CertificateStyles.CSS));
    }
}
