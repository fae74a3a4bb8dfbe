package org.ketaminetraining.web.author;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.apache.wicket.Component;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.service.authoring.AuthoringRefusal;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.bank.service.authoring.DraftView;
import org.ketaminetraining.bank.service.authoring.QuestionDetail;
import org.ketaminetraining.bank.service.authoring.Usage;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.layout.BasePage;

/**
 * One question's standing: published revision and status, its open draft and what can be done with it, the
 * published content as trainees see it, its revisions (any two compared), where it is used and how often it was
 * reviewed and drawn in assessments. Actions are offered by state; the service decides each one (it refuses an
 * approval by the draft's author, for example) and the page shows its reason rather than hiding the button.
 */
@AuthorizeInstantiation({"EDUCATOR", "ADMIN"})
public class QuestionDetailPage extends BasePage {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthoringService authoring;

    private final String questionKey;
    private final LoadableDetachableModel<QuestionDetail> detail;

    public QuestionDetailPage(PageParameters parameters) {
        super(parameters);
        questionKey = keyOf(parameters);
        detail = LoadableDetachableModel.of(this::load);
        add(new Label("heading", () -> text("heading", questionKey)));
        add(new Label("module", () -> detail.getObject().moduleTitle() + " (" + detail.getObject().moduleKey() + ")"));
        add(new Label("type", () -> getString("type." + detail.getObject().type().name())));
        add(new Label("status", this::statusText));
        add(new WebMarkupContainer("pendingExport").add(VisibleWhen.of(() -> detail.getObject().pendingExport())));
        add(new Label("use", () -> text("use.counts", detail.getObject().reviews(), detail.getObject().attempts())));
        add(new BookmarkablePageLink<>("edit", QuestionEditPage.class, parametersOf(questionKey))
                .add(new Label("editText", () -> getString(detail.getObject().draft().isPresent() ? "edit.draft"
                        : "edit.start")))
                .add(VisibleWhen.of(() -> detail.getObject().draft().map(d -> d.status() == DraftStatus.DRAFT)
                        .orElse(true))));
        add(new DraftActionsPanel("draft", questionKey, detail.map(d -> d.draft().orElse(null))));
        add(questionActions());
        WebMarkupContainer published = new WebMarkupContainer("published");
        published.add(new Label("publishedHeading", () -> text("published.heading",
                detail.getObject().publishedRevision())));
        published.add(new DraftPreview("content", LoadableDetachableModel.of(() -> authoring.revisionContent(
                QuestionListPage.caller(), questionKey, detail.getObject().publishedRevision()))));
        add(published.add(VisibleWhen.of(() -> detail.getObject().publishedRevision() > 0)));
        add(new RevisionsPanel("revisions", questionKey, detail));
        add(usage());
    }

    /** The page's address for a question. */
    static PageParameters parametersOf(String questionKey) {
        return new PageParameters().add("id", questionKey);
    }

    /** A link to a question's page, as a table cell or anywhere a component with that id is wanted. */
    static Component linkTo(String id, String questionKey) {
        return new LinkCell(id, QuestionDetailPage.class, parametersOf(questionKey), questionKey);
    }

    static String keyOf(PageParameters parameters) {
        String key = parameters.get("id").toString("");
        return key.length() > QuestionFilter.MAX_KEY ? "" : key;
    }

    private QuestionDetail load() {
        try {
            return authoring.question(QuestionListPage.caller(), questionKey);
        } catch (AuthoringRefusal refused) {
            getSession().error(refused.getMessage());
            throw new RestartResponseException(QuestionListPage.class);
        }
    }

    private String statusText() {
        QuestionDetail d = detail.getObject();
        if (d.publishedRevision() == 0) {
            return getString("status.never");
        }
        return text(d.retired() ? "status.retired" : "status.published", d.publishedRevision());
    }

    /** Retire or reinstate, and copy as a new question. */
    private Form<Void> questionActions() {
        Form<Void> form = new Form<>("actions");
        form.add(new Button("retire") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                act(() -> authoring.retire(QuestionListPage.caller(), questionKey), "retired");
            }
        }.add(VisibleWhen.of(() -> detail.getObject().publishedRevision() > 0 && !detail.getObject().retired())));
        form.add(new Button("reinstate") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                act(() -> authoring.reinstate(QuestionListPage.caller(), questionKey), "reinstated");
            }
        }.add(VisibleWhen.of(() -> detail.getObject().retired())));
        form.add(new Button("copy") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    DraftView copy = authoring.copyAsNew(QuestionListPage.caller(), questionKey);
                    setResponsePage(new QuestionEditPage(copy));
                } catch (AuthoringRefusal refused) {
                    error(refused.getMessage());
                }
            }
        });
        return form;
    }

    /** What a question-level action does, for {@link #act}. */
    @FunctionalInterface
    private interface Action extends Serializable {
        void run();
    }

    private void act(Action action, String doneKey) {
        try {
            action.run();
            getSession().success(text(doneKey, questionKey));
        } catch (AuthoringRefusal refused) {
            getSession().error(refused.getMessage());
        }
        setResponsePage(QuestionDetailPage.class, parametersOf(questionKey));
    }

    private WebMarkupContainer usage() {
        WebMarkupContainer section = new WebMarkupContainer("usage");
        IModel<List<Usage>> uses = detail.map(QuestionDetail::usedIn);
        section.add(new ListView<>("uses", uses) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Usage> item) {
                Usage u = item.getModelObject();
                item.add(new Label("use", text("use." + u.kind().name(), u.programmeTitle(), u.detail())));
            }
        });
        section.add(new Label("unused", () -> getString("use.none")).add(VisibleWhen.of(() -> uses.getObject()
                .isEmpty())));
        return section;
    }

    @Override
    protected void onDetach() {
        detail.detach();
        super.onDetach();
    }
}
