package org.ketaminetraining.web.learner;

import org.apache.wicket.model.StringResourceModel;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.markup.html.form.AjaxFallbackButton;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.feedback.FeedbackCollector;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.head.JavaScriptHeaderItem;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.Radio;
import org.apache.wicket.markup.html.form.RadioGroup;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.resource.JavaScriptResourceReference;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.scheduling.grading.Confidence;
import org.ketaminetraining.study.service.AnswerOutcome;
import org.ketaminetraining.study.service.AnswerSubmission;
import org.ketaminetraining.study.service.LearnerSettings;
import org.ketaminetraining.study.service.PresentedQuestion;
import org.ketaminetraining.study.service.StudyOutlook;
import org.ketaminetraining.study.service.StudyPausedException;
import org.ketaminetraining.study.service.StudyService;
import org.ketaminetraining.web.component.FocusOnLoad;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.component.MarkdownLabel;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.Destination;
import org.ketaminetraining.web.layout.Site;
import org.ketaminetraining.web.question.AnswerPanel;
import org.ketaminetraining.web.question.ShownQuestion;

/**
 * One question at a time, then its feedback on the same page. The page keeps only the presentation token; the
 * question and the recorded outcome are loaded through the service on each request, so a reload, the back button
 * or a second tab shows what is recorded (an answered presentation shows its outcome, never the form again).
 * Submitting works with and without JavaScript; with it, the feedback replaces the form in place, focus moves to
 * the result heading and a polite live region announces it. A refused answer moves focus to its error text (on an
 * Ajax submit by the server's instruction, on a full render through focus-on-load.js).
 *
 * <p>A page that found nothing to ask asks the service again each time it is rendered (a reload, the back button),
 * so it does not stay "done" once a review falls due or a new day brings new questions.
 */
@AuthorizeInstantiation("TRAINEE")
public class StudyPage extends BasePage {

    private static final long serialVersionUID = 1L;
    private static final JavaScriptResourceReference SHORTCUTS =
            new JavaScriptResourceReference(StudyPage.class, "study-shortcuts.js");
    private static final JavaScriptResourceReference FOCUS =
            FocusOnLoad.SCRIPT;

    @Inject
    private StudyService study;

    private final String token;
    /** The service was asked for a question during this request (in the constructor): no need to ask again. */
    private transient boolean askedThisRequest;
    /** The last submission from this page repeated one already recorded (another tab, a resent form). */
    private boolean repeated;

    private final LoadableDetachableModel<PresentedQuestion> presentation =
            LoadableDetachableModel.of(this::loadPresentation);
    private final LoadableDetachableModel<AnswerOutcome> outcome = LoadableDetachableModel.of(this::loadOutcome);
    private final LoadableDetachableModel<LearnerSettings> settings =
            LoadableDetachableModel.of(() -> study.settings(accountId()));
    /** Read only when nothing is left to ask, to say why (by the done panel, which is shown only then). */
    private final LoadableDetachableModel<StudyOutlook> outlook =
            LoadableDetachableModel.of(() -> study.outlook(accountId()));

    private final WebMarkupContainer view;
    private final Label announcement;
    private final OutcomePanel outcomePanel;
    private final AnswerPanel answerPanel;
    private RadioGroup<Confidence> confidence;
    private FieldMessages answerErrors;

    public StudyPage() {
        Optional<PresentedQuestion> current = study.currentQuestion(accountId());
        token = current.map(PresentedQuestion::token).orElse(null);
        askedThisRequest = true;
        current.ifPresent(presentation::setObject);

        announcement = new Label("announcement", () -> showsOutcome()
                ? getString(outcome.getObject().correct() ? "result.correct" : "result.incorrect") : "");
        add(announcement.setOutputMarkupId(true).setMarkupId("study-announcement"));

        WebMarkupContainer paused = new WebMarkupContainer("paused");
        paused.add(visibleWhen(() -> presentation.getObject() == null && study.paused(accountId())));
        paused.add(new BookmarkablePageLink<>("assessmentLink",
                Site.get().pageOf(Destination.ASSESSMENT)));
        add(paused);
        DoneForNowPanel done = new DoneForNowPanel("done", outlook);
        done.add(visibleWhen(() -> presentation.getObject() == null && !paused.isVisible()));
        add(done);

        view = new WebMarkupContainer("study");
        view.setOutputMarkupId(true).setMarkupId("study-view");
        view.add(visibleWhen(() -> presentation.getObject() != null));
        add(view);
        view.add(new Label("module", () -> presentation.getObject().moduleTitle()));
        WebMarkupContainer bar = new WebMarkupContainer("progress");
        bar.add(AttributeModifier.replace("value", () -> progressCurrent()),
                AttributeModifier.replace("max", () -> progressTotal()));
        view.add(bar);
        view.add(new Label("progressText", new StringResourceModel("progress", this).setParameters(
                (IModel<Integer>) this::progressCurrent, (IModel<Integer>) this::progressTotal)));

        IModel<ShownQuestion> shown = presentation.map(p -> ShownQuestion.unanswered(p.question(), p.displayOrder()));
        answerPanel = current.map(p -> AnswerPanel.of("panel", shown, p.question().type())).orElse(null);
        view.add(questionForm());
        outcomePanel = new OutcomePanel("outcome", outcome, () -> repeated,
                () -> settings.getObject().timeZone());
        outcomePanel.add(visibleWhen(this::showsOutcome));
        view.add(outcomePanel);
    }

    private Form<Void> questionForm() {
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                answer();
            }

            @Override
            protected void onError() {
                // A form-level refusal (an answer too long, a value that cannot be converted).
                getRequestCycle().find(AjaxRequestTarget.class).ifPresent(StudyPage.this::showRefusal);
            }
        };
        form.add(visibleWhen(() -> presentation.getObject() != null && !presentation.getObject().answered()));

        WebMarkupContainer fieldset = new WebMarkupContainer("answer");
        fieldset.add(AttributeModifier.replace("data-question-type",
                () -> presentation.getObject().question().type().yamlName()));
        fieldset.add(MarkdownLabel.phrasing("stem", () -> presentation.getObject().question().stem()));
        Component panel = answerPanel != null ? answerPanel : new WebMarkupContainer("panel");
        fieldset.add(panel);
        answerErrors = new FieldMessages("answerErrors", (WebMarkupContainer) panel, AnswerPanel.ERROR_ID);
        // On a full render showing a refusal, focus-on-load.js moves focus to the error text (tabindex=-1 in markup).
        answerErrors.add(AttributeModifier.replace("data-focus-on-load",
                () -> answerErrors.anyErrorMessage() ? "true" : null));
        fieldset.add(answerErrors);
        fieldset.add(groupErrorState(panel));
        form.add(fieldset);

        confidence = new RadioGroup<>("confidence", Model.of((Confidence) null));
        confidence.add(new Radio<>("low", Model.of(Confidence.LOW), confidence),
                new Radio<>("medium", Model.of(Confidence.MEDIUM), confidence),
                new Radio<>("high", Model.of(Confidence.HIGH), confidence));
        form.add(confidence);

        WebMarkupContainer hint = new WebMarkupContainer("shortcutsHint");
        hint.add(visibleWhen(() -> settings.getObject().keyboardShortcuts()));
        form.add(hint);
        form.add(new AjaxFallbackButton("submit", form) {
            private static final long serialVersionUID = 1L;
        });
        return form;
    }

    /** Grades nothing itself: hands the answer to the service, then shows what it recorded. */
    private void answer() {
        Optional<AjaxRequestTarget> ajax = getRequestCycle().find(AjaxRequestTarget.class);
        Optional<Response> response = answerPanel.response();
        if (response.isEmpty()) {
            ajax.ifPresent(this::showRefusal);
            return;
        }
        Confidence stated = Optional.ofNullable(confidence.getModelObject()).orElse(Confidence.NOT_STATED);
        AnswerOutcome recorded;
        try {
            recorded = study.submit(accountId(), new AnswerSubmission(token, response.get(), stated));
        } catch (StudyPausedException paused) {
            // An assessment began in another tab since this question was shown: nothing was recorded.
            answerPanel.error(paused.getMessage());
            ajax.ifPresent(this::showRefusal);
            return;
        }
        repeated = recorded.alreadyRecorded();
        presentation.detach();
        outcome.setObject(recorded);
        ajax.ifPresent(t -> {
            t.add(view, announcement);
            t.focusComponent(outcomePanel.resultHeading());
        });
    }

    /** After an Ajax submit that was refused: the form again with its errors, and focus on the error text. */
    private void showRefusal(AjaxRequestTarget target) {
        target.add(view);
        target.focusComponent(answerErrors);
    }

    private boolean showsOutcome() {
        PresentedQuestion shown = presentation.getObject();
        return shown != null && shown.answered() && outcome.getObject() != null;
    }

    private int progressCurrent() {
        PresentedQuestion shown = presentation.getObject();
        return shown.progress().position(shown.answered()).current();
    }

    private int progressTotal() {
        PresentedQuestion shown = presentation.getObject();
        return shown.progress().position(shown.answered()).total();
    }

    private PresentedQuestion loadPresentation() {
        return token == null ? null : study.presentation(accountId(), token).orElse(null);
    }

    private AnswerOutcome loadOutcome() {
        return token == null ? null : study.outcome(accountId(), token).orElse(null);
    }

    private static long accountId() {
        return AppSession.get().user().orElseThrow().accountId();
    }

    /**
     * Names the answer's error text (and the type's instruction) in the fieldset's aria-describedby, and marks the
     * group invalid while the answer panel or one of its inputs has an error.
     */
    private static Behavior groupErrorState(Component panel) {
        return new Behavior() {
            private static final long serialVersionUID = 1L;

            @Override
            public void onComponentTag(Component component, ComponentTag tag) {
                String hint = panel instanceof AnswerPanel answer ? answer.hintMarkupId() : null;
                tag.put("aria-describedby", AnswerPanel.ERROR_ID + (hint == null ? "" : " " + hint));
                boolean invalid = !new FeedbackCollector(panel).collect(m -> m.getLevel() >= FeedbackMessage.ERROR)
                        .isEmpty();
                if (invalid) {
                    tag.put("aria-invalid", "true");
                    tag.append("class", "is-invalid", " ");
                }
            }
        };
    }

    private static Behavior visibleWhen(IModel<Boolean> condition) {
        return VisibleWhen.of(condition);
    }

    /**
     * A page with nothing to show (no token, or its presentation is gone) says "done for now"; it asks the service
     * again on every render, and when there is now something to study it makes way for a fresh page, which holds
     * the new presentation's token.
     */
    @Override
    protected void onConfigure() {
        super.onConfigure();
        if (presentation.getObject() == null && !askedThisRequest && study.currentQuestion(accountId()).isPresent()) {
            // Thrown, not setResponsePage: this runs while the page renders, which must stop here.
            throw new RestartResponseException(StudyPage.class);
        }
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(JavaScriptHeaderItem.forReference(FOCUS).setDefer(true));
        if (settings.getObject().keyboardShortcuts()) {
            response.render(JavaScriptHeaderItem.forReference(SHORTCUTS).setDefer(true));
        }
    }

    @Override
    protected void onDetach() {
        askedThisRequest = false;
        presentation.detach();
        outcome.detach();
        settings.detach();
        outlook.detach();
        super.onDetach();
    }
}
