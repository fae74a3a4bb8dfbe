package org.ketaminetraining.web.assessment;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.head.JavaScriptHeaderItem;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.JavaScriptResourceReference;
import org.ketaminetraining.certification.service.AttemptView;
import org.ketaminetraining.certification.service.AssessmentService;
import org.ketaminetraining.study.service.StudyService;
import org.ketaminetraining.web.component.FocusOnLoad;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Site;

/**
 * What the pages of one attempt share (its questions, its review, its result): the attempt's token from the URL,
 * the signed-in learner, their time zone for times shown, the application's clock, and the script that puts focus
 * where a page says (data-focus-on-load). The pages keep only the token; everything else is read from the service
 * on each request.
 */
abstract class AttemptBasePage extends BasePage {

    private static final long serialVersionUID = 1L;
    private static final JavaScriptResourceReference FOCUS = FocusOnLoad.SCRIPT;

    @Inject
    protected AssessmentService assessments;
    @Inject
    protected StudyService study;

    /** The attempt this page is about, from the URL; not secret from its own learner, never valid for another. */
    protected final String token;
    /** The learner's own time zone, for the times this page writes. */
    protected final LoadableDetachableModel<ZoneId> zone =
            LoadableDetachableModel.of(() -> study.settings(accountId()).timeZone());

    protected AttemptBasePage(PageParameters parameters) {
        super(parameters);
        token = parameters.get(AttemptPage.TOKEN).toString("");
    }

    /** The attempt as the service shows it to this learner now; null when the token is not theirs. */
    protected final AttemptView loadAttempt() {
        return assessments.attempt(accountId(), token).orElse(null);
    }

    protected static long accountId() {
        return AppSession.get().user().orElseThrow().accountId();
    }

    protected final Clock clock() {
        return Site.get().clock();
    }

    protected static Behavior visibleWhen(IModel<Boolean> condition) {
        return VisibleWhen.of(condition);
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(JavaScriptHeaderItem.forReference(FOCUS).setDefer(true));
    }

    @Override
    protected void onDetach() {
        zone.detach();
        super.onDetach();
    }
}
