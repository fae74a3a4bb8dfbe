package org.ketaminetraining.web.author;

import jakarta.inject.Inject;
import java.util.List;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.feedback.ContainerFeedbackMessageFilter;
import org.apache.wicket.feedback.IFeedbackMessageFilter;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.head.JavaScriptHeaderItem;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.authoring.FieldProblem;
import org.ketaminetraining.bank.service.authoring.AuthoringRefusal;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.bank.service.authoring.DraftView;
import org.ketaminetraining.web.component.FocusOnLoad;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.BasePage;

/**
 * The editor of one question's draft, every field of the bank's file format for each of the seven types, with a
 * preview rendered as trainees see it (live with Ajax, or with the Preview button). Save stores the draft as it
 * is, complete or not, and shows each remaining problem at its input and in a summary at the top; "Save and submit
 * for review" does the same and, when nothing is left, sends it to review. Saving never publishes.
 *
 * <p>The page keeps the author's typing as its own state ({@link DraftForm}) and the draft's version it read, which
 * every save sends back, so that a save over someone else's is refused rather than lost. A draft in review cannot
 * be changed: the form is shown disabled and says why (the service refuses a save anyway).
 */
@AuthorizeInstantiation({"EDUCATOR", "ADMIN"})
public class QuestionEditPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthoringService authoring;

    private final String questionKey;
    private final Model<DraftForm> form;
    private long version;
    private final DraftStatus status;
    private final int baseRevision;
    private final String returnComment;
    /** False for a new question until its first save: before that, there is no question page to go back to. */
    private boolean stored;
    private final Form<Void> editor;

    public QuestionEditPage(PageParameters parameters) {
        super(parameters);
        this.questionKey = parameters.get("id").toString("");
        DraftView view = open(questionKey);
        this.form = Model.of(DraftForm.of(view.content()).offerRows());
        this.version = view.version();
        this.status = view.status();
        this.baseRevision = view.baseRevision();
        this.returnComment = view.returnComment();
        this.stored = true;
        this.editor = build();
    }

    /** The editor of a new question's draft (new, or a copy), stored at its first save. */
    QuestionEditPage(DraftView fresh) {
        super(new PageParameters().add("id", fresh.questionKey()));
        this.questionKey = fresh.questionKey();
        this.form = Model.of(DraftForm.of(fresh.content()).offerRows());
        this.version = fresh.version();
        this.status = fresh.status();
        this.baseRevision = fresh.baseRevision();
        this.returnComment = fresh.returnComment();
        this.stored = false;
        this.editor = build();
    }

    private DraftView open(String key) {
        try {
            if (key.isEmpty() || key.length() > QuestionFilter.MAX_KEY) {
                throw new AuthoringRefusal(getString("noSuchQuestion"));
            }
            return authoring.openDraft(QuestionListPage.caller(), key);
        } catch (AuthoringRefusal refused) {
            getSession().error(refused.getMessage());
            throw new RestartResponseException(QuestionListPage.class);
        }
    }

    private Form<Void> build() {
        add(new Label("heading", () -> text(baseRevision == 0 && !stored ? "heading.new" : "heading.edit",
                questionKey)));
        add(new Label("standing", () -> baseRevision == 0 ? getString(stored ? "standing.unpublished"
                : "standing.notSaved") : text("standing.basedOn", baseRevision)));
        WebMarkupContainer returned = new WebMarkupContainer("returned");
        returned.add(new Label("returnComment", returnComment));
        add(returned.setVisible(!returnComment.isBlank() && status == DraftStatus.DRAFT));
        add(new WebMarkupContainer("inReview").setVisible(status == DraftStatus.IN_REVIEW));
        add(new BookmarkablePageLink<>("back", QuestionDetailPage.class, QuestionDetailPage.parametersOf(questionKey))
                .add(VisibleWhen.of(() -> stored)));
        add(new BookmarkablePageLink<>("list", QuestionListPage.class,
                QuestionFilter.ofModule(form.getObject().moduleId).parameters()));

        DraftPreview preview = new DraftPreview("preview", () -> form.getObject().toDraft());
        add(preview);
        LivePreview live = new LivePreview(preview);
        Form<Void> fields = new Form<>("editor");
        fields.add(new ProblemSummary("summary", fields));
        fields.add(new QuestionFieldsPanel("fields", form, live, preview));
        fields.add(button("save", false), button("saveBottom", false), button("submit", true),
                button("submitBottom", true), new Button("preview"));
        fields.setEnabled(status != DraftStatus.IN_REVIEW);
        add(fields);
        return fields;
    }

    private Button button(String id, boolean submit) {
        return new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                save(submit);
            }
        };
    }

    /** Stores the draft; shows what is left to do; sends it to review when asked and nothing is. */
    private void save(boolean submit) {
        DraftView saved;
        try {
            saved = authoring.save(QuestionListPage.caller(), questionKey, form.getObject().toDraft(), version);
        } catch (AuthoringRefusal refused) {
            showRefusal(refused);
            return;
        }
        version = saved.version();
        stored = true;
        if (submit && saved.isComplete()) {
            try {
                authoring.submitForReview(QuestionListPage.caller(), questionKey, version);
                getSession().success(text("submitted", questionKey));
                setResponsePage(QuestionDetailPage.class, QuestionDetailPage.parametersOf(questionKey));
            } catch (AuthoringRefusal refused) {
                success(getString("saved"));
                showRefusal(refused);
            }
            return;
        }
        List<FieldProblem> problems = saved.problems();
        if (problems.isEmpty()) {
            success(getString("saved.complete"));
        } else {
            success(text(submit ? "saved.notSubmitted" : "saved.incomplete", problems.size()));
            DraftFields.report(editor, problems);
        }
    }

    private void showRefusal(AuthoringRefusal refused) {
        editor.error(refused.getMessage());
        DraftFields.report(editor, refused.problems());
    }

    /** Problems of the editor's fields are in its own summary, which links each to its input; not again on top. */
    @Override
    protected IFeedbackMessageFilter topMessages() {
        return message -> !new ContainerFeedbackMessageFilter(editor).accept(message);
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(JavaScriptHeaderItem.forReference(FocusOnLoad.SCRIPT).setDefer(true));
    }

    @Override
    protected void onDetach() {
        form.detach();
        super.onDetach();
    }
}
