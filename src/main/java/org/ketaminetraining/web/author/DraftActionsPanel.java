package org.ketaminetraining.web.author;

import jakarta.inject.Inject;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.authoring.ReviewRules;
import org.ketaminetraining.bank.service.authoring.AuthoringRefusal;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.bank.service.authoring.DraftView;
import org.ketaminetraining.web.component.DisplayTime;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.Site;

/**
 * A question's open draft and the four-eyes workflow on it: submit a complete draft for review; as a reviewer,
 * approve it (publishing it as the next revision, with an optional comment) or return it with a comment saying what
 * to change; discard it (after a confirmation). Each action sends the draft's version this page showed, so that
 * acting on a draft someone changed meanwhile is refused. An author who opens their own draft in review is told
 * that another educator must review it; the buttons stay, and the service's refusal says the same if used.
 */
final class DraftActionsPanel extends Panel {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthoringService authoring;

    private final String questionKey;
    /** The draft's version as this page last showed it; every action sends it back. */
    private long shownVersion;
    private boolean confirmingDiscard;

    DraftActionsPanel(String id, String questionKey, IModel<DraftView> draft) {
        super(id, draft);
        this.questionKey = questionKey;
        add(new Label("draftStatus", () -> getString("status." + draft().status().name())));
        add(new Label("base", () -> draft().baseRevision() == 0 ? getString("draft.new")
                : text("draft.base", draft().baseRevision())));
        add(new Label("authors", () -> String.join(", ", draft().authors())));
        add(new Label("updated", () -> text("draft.updated", draft().updatedBy(),
                DisplayTime.readable(draft().updatedAt(), Site.get().organisationZone()))));
        add(new Label("completeness", () -> draft().isComplete() ? getString("draft.complete")
                : text("draft.incomplete", draft().problems().size())));
        WebMarkupContainer returned = new WebMarkupContainer("returned");
        returned.add(new Label("returnComment", () -> draft().returnComment()));
        add(returned.add(VisibleWhen.of(() -> !draft().returnComment().isBlank()
                && draft().status() == DraftStatus.DRAFT)));
        add(submitForm(), reviewForm(), discardForm());
    }

    private DraftView draft() {
        return (DraftView) getDefaultModelObject();
    }

    private Form<Void> submitForm() {
        Form<Void> form = new Form<>("submitForm");
        form.add(new Button("submit") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    authoring.submitForReview(QuestionListPage.caller(), questionKey, shownVersion);
                    done("submitted");
                } catch (AuthoringRefusal refused) {
                    // Its problems are shown where they can be fixed: each at its field in the editor.
                    form.error(refused.getMessage() + " " + getString("draft.openEditor"));
                }
            }
        });
        return (Form<Void>) form.add(VisibleWhen.of(() -> draft().status() == DraftStatus.DRAFT));
    }

    private Form<Void> reviewForm() {
        Form<Void> form = new Form<>("reviewForm");
        TextArea<String> comment = new TextArea<>("comment", Model.of(""));
        comment.add(StringValidator.maximumLength(EditorInputs.COMMENT));
        comment.setLabel(new ResourceModel("review.comment"));
        comment.setOutputMarkupId(true).setMarkupId("review-comment");
        form.add(FieldMessages.attachTo(comment, "review-comment-hint"), new FieldMessages("commentErrors", comment));
        form.add(new WebMarkupContainer("ownDraft").add(VisibleWhen.of(this::callerIsAnAuthor)));
        form.add(new Button("approve") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    authoring.approve(QuestionListPage.caller(), questionKey, text(comment), shownVersion);
                    done("approved");
                } catch (AuthoringRefusal refused) {
                    form.error(refused.getMessage());
                }
            }
        });
        form.add(new Button("return") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    authoring.returnToAuthor(QuestionListPage.caller(), questionKey, text(comment), shownVersion);
                    done("returnedToAuthor");
                } catch (AuthoringRefusal refused) {
                    comment.error(refused.getMessage());
                }
            }
        });
        return (Form<Void>) form.add(VisibleWhen.of(() -> draft().status() == DraftStatus.IN_REVIEW));
    }

    private Form<Void> discardForm() {
        Form<Void> form = new Form<>("discardForm");
        form.add(new Button("discard") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                confirmingDiscard = true;
            }
        }.add(VisibleWhen.of(() -> !confirmingDiscard)));
        WebMarkupContainer confirm = new WebMarkupContainer("confirm");
        confirm.add(new Label("question", () -> text(draft().baseRevision() == 0 ? "discard.confirmNew"
                : "discard.confirm", questionKey, draft().baseRevision())));
        confirm.add(new Button("yes") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    boolean neverPublished = draft().baseRevision() == 0;
                    authoring.discardDraft(QuestionListPage.caller(), questionKey);
                    confirmingDiscard = false;
                    getSession().success(text("discarded", questionKey));
                    if (neverPublished) {
                        setResponsePage(QuestionListPage.class, new PageParameters());
                    } else {
                        setResponsePage(QuestionDetailPage.class, QuestionDetailPage.parametersOf(questionKey));
                    }
                } catch (AuthoringRefusal refused) {
                    form.error(refused.getMessage());
                }
            }
        });
        confirm.add(new Button("no") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                confirmingDiscard = false;
            }
        });
        form.add(confirm.add(VisibleWhen.of(() -> confirmingDiscard)));
        return form;
    }

    /** Whether the signed-in person saved this draft, by the rule the service applies (authors by username). */
    private boolean callerIsAnAuthor() {
        return ReviewRules.isAuthor(QuestionListPage.caller().username(), draft().authors());
    }

    private void done(String key) {
        getSession().success(text(key, questionKey));
        setResponsePage(QuestionDetailPage.class, QuestionDetailPage.parametersOf(questionKey));
    }

    private static String text(TextArea<String> comment) {
        String typed = comment.getModelObject();
        return typed == null ? "" : typed.strip();
    }

    private String text(String key, Object... values) {
        return new StringResourceModel(key, this).setParameters(values).getString();
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        DraftView shown = draft();
        setVisible(shown != null);
        if (shown != null) {
            shownVersion = shown.version();
        }
    }
}
