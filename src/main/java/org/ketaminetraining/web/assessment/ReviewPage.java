package org.ketaminetraining.web.assessment;

import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.certification.service.AttemptView;

/**
 * Every item of an open attempt before it is submitted: answered or not and flagged or not, in words, with the way
 * back to each; a summary and a warning naming the unanswered items. Submitting takes two steps and needs no
 * JavaScript: the first button only shows the confirmation on the page (focus moves to it when the page loads),
 * and only "Yes, submit" submits.
 */
@AuthorizeInstantiation("TRAINEE")
public class ReviewPage extends AttemptBasePage {

    private static final long serialVersionUID = 1L;

    /** The learner asked to submit once: the confirmation is on screen. */
    private boolean confirming;

    private final LoadableDetachableModel<AttemptView> attempt =
            LoadableDetachableModel.of(this::loadAttempt);

    public ReviewPage(PageParameters parameters) {
        super(parameters);
        if (attempt.getObject() == null) {
            throw AttemptPage.notFound();
        }
        setDefaultModel(attempt);
        add(new Label("programme", () -> attempt.getObject().programmeTitle()));
        add(new Countdown("countdown", attempt, zone,
                () -> urlFor(ReviewPage.class, parameters(token)).toString()));
        add(new Label("summary", this::summary));
        WebMarkupContainer unanswered = new WebMarkupContainer("unanswered");
        unanswered.add(visibleWhen(() -> !unanswered().isEmpty()));
        unanswered.add(new Label("list", () -> numbers(unanswered())));
        add(unanswered);
        WebMarkupContainer flaggedItems = new WebMarkupContainer("flagged");
        flaggedItems.add(visibleWhen(() -> !flagged().isEmpty()));
        flaggedItems.add(new Label("list", () -> numbers(flagged())));
        add(flaggedItems);

        add(confirmation());
        WebMarkupContainer overview = new WebMarkupContainer("overview");
        overview.add(visibleWhen(() -> !confirming));
        overview.add(items());
        Form<Void> submitForm = new Form<>("submitForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                confirming = true;
            }
        };
        overview.add(submitForm);
        overview.add(new BookmarkablePageLink<>("backToQuestions", AttemptPage.class,
                AttemptPage.parameters(token)));
        add(overview);
    }

    public static PageParameters parameters(String token) {
        return new PageParameters().set(AttemptPage.TOKEN, token);
    }

    private WebMarkupContainer confirmation() {
        WebMarkupContainer section = new WebMarkupContainer("confirmation");
        section.add(visibleWhen(() -> confirming));
        section.add(new Label("unansweredReminder", new StringResourceModel("confirm.unanswered", this)
                .setParameters((IModel<Integer>) () -> unanswered().size()))
                .add(visibleWhen(() -> !unanswered().isEmpty())));
        Form<Void> form = new Form<>("confirmForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    assessments.submit(accountId(), token);
                    setResponsePage(ResultPage.class, ResultPage.parameters(token));
                } catch (IllegalArgumentException refused) {
                    confirming = false;
                    ReviewPage.this.error(refused.getMessage());
                }
            }
        };
        // A fresh review page: nothing to undo, and the way back works as a plain link.
        form.add(new BookmarkablePageLink<>("goBack", ReviewPage.class, parameters(token)));
        section.add(form);
        return section;
    }

    private ListView<AttemptView.Item> items() {
        return new ListView<>("items", () -> attempt.getObject().items()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<AttemptView.Item> row) {
                AttemptView.Item i = row.getModelObject();
                row.add(new Label("number", i.position()));
                row.add(new Label("module", i.moduleTitle()));
                row.add(new Label("answered", getString(i.response().isPresent() ? "yes" : "no")));
                row.add(new Label("flagged", getString(i.flagged() ? "yes" : "no")));
                BookmarkablePageLink<Void> go = new BookmarkablePageLink<>("go", AttemptPage.class,
                        AttemptPage.parameters(token, i.position()));
                go.setMarkupId("review-go-" + i.position()).setOutputMarkupId(true);
                go.add(new Label("label", new StringResourceModel("goTo", this).setParameters(i.position())));
                row.add(go);
            }
        };
    }

    private String summary() {
        AttemptView view = attempt.getObject();
        return new StringResourceModel("summary", this).setParameters(view.answeredCount(), view.items().size(),
                flagged().size()).getString();
    }

    private List<Integer> unanswered() {
        return attempt.getObject().items().stream().filter(i -> i.response().isEmpty())
                .map(AttemptView.Item::position).toList();
    }

    private List<Integer> flagged() {
        return attempt.getObject().items().stream().filter(AttemptView.Item::flagged)
                .map(AttemptView.Item::position).toList();
    }

    private static String numbers(List<Integer> positions) {
        return positions.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        AttemptView view = attempt.getObject();
        if (view == null) {
            throw AttemptPage.notFound();
        }
        if (view.over()) {
            if (view.deadline().filter(d -> !clock().instant().isBefore(d)).isPresent()) {
                getSession().warn(getString("timeUp"));
            }
            throw new RestartResponseException(ResultPage.class, ResultPage.parameters(token));
        }
    }

    @Override
    protected void onDetach() {
        attempt.detach();
        super.onDetach();
    }
}
