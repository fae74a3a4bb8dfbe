package org.ketaminetraining.web.assessment;

import org.apache.wicket.model.StringResourceModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.core.request.handler.RenderPageRequestHandler.RedirectPolicy;
import org.apache.wicket.feedback.FeedbackCollector;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.certification.service.AttemptView;
import org.ketaminetraining.people.ValidationException;
import org.ketaminetraining.web.component.FieldMessages;
import org.ketaminetraining.web.component.MarkdownLabel;
import org.ketaminetraining.web.layout.NotFoundPage;
import org.ketaminetraining.web.question.AnswerPanel;
import org.ketaminetraining.web.question.ShownQuestion;

/**
 * One item of an open attempt at a time, at {@code /assessment/attempt/TOKEN?item=N} (a reload or a bookmark keeps
 * the place). The inputs show the answer saved for the item; every way off the item (save, previous, next, a
 * number in the list of questions, review) first saves the answer and the flag when they changed, and says so in
 * the page's live message region. A blank item is allowed; a half-given answer is refused at its fieldset and the
 * learner stays on the item.
 *
 * <p>The page holds the token and the position only; the attempt is loaded from the service on every request, and
 * every render that does not follow a submit of this page rebuilds the inputs from what is saved, so the back
 * button or a second tab never shows (or saves back) an answer older than the one stored. A submitted attempt,
 * including one whose time ran out (the service submits it), goes to its result; a token that is not the
 * learner's gets the not-found page.
 */
@AuthorizeInstantiation("TRAINEE")
public class AttemptPage extends AttemptBasePage {

    static final String TOKEN = "token";
    static final String ITEM = "item";

    private static final long serialVersionUID = 1L;
    /** Moves focus to the answer's error text when a refused answer is shown (data-focus-on-load). */

    private final int position;
    /** A submit of this page's form is being handled: keep what the learner entered on the render that follows. */
    private transient boolean submittedThisRequest;

    private final LoadableDetachableModel<AttemptView> attempt =
            LoadableDetachableModel.of(this::loadAttempt);
    private final IModel<AttemptView.Item> item;
    private final IModel<Boolean> flagged = Model.of(Boolean.FALSE);

    private final Form<Void> form;
    private final WebMarkupContainer fieldset;

    public AttemptPage(PageParameters parameters) {
        super(parameters);
        AttemptView view = attempt.getObject();
        if (view == null) {
            throw notFound();
        }
        if (view.over() || view.items().isEmpty()) {
            throw attemptOver(null);
        }
        Optional<Integer> asked = positionIn(parameters.get(ITEM).toString(null), view);
        if (asked.isEmpty()) {
            // No place given (or none that exists): the first item without an answer, named in the address.
            int first = view.items().stream().filter(i -> i.response().isEmpty()).findFirst()
                    .orElse(view.items().get(0)).position();
            throw new RestartResponseException(AttemptPage.class, parameters(token, first));
        }
        position = asked.get();
        item = attempt.map(a -> a.item(position));
        setDefaultModel(attempt);

        add(new Label("heading", () -> getString(attempt.getObject().renewal() ? "heading.renewal"
                : "heading.final")));
        add(new Label("programme", () -> attempt.getObject().programmeTitle()));
        add(new Countdown("countdown", attempt, zone,
                () -> urlFor(AttemptPage.class, parameters(token, position)).toString()));
        add(new Label("position", new StringResourceModel("position", this).setParameters(position,
                (IModel<Integer>) () -> attempt.getObject().items().size())));
        add(new Label("module", () -> item.getObject().moduleTitle()));

        form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                submittedThisRequest = true;
            }

            @Override
            protected void onError() {
                submittedThisRequest = true;
            }
        };
        add(form);
        fieldset = new WebMarkupContainer("answer");
        fieldset.add(AttributeModifier.replace("data-question-type",
                () -> item.getObject().question().type().yamlName()));
        fieldset.add(MarkdownLabel.phrasing("stem", () -> item.getObject().question().stem()));
        fieldset.add(new WebMarkupContainer("panel"));
        FieldMessages answerErrors = new FieldMessages("answerErrors", fieldset, AnswerPanel.ERROR_ID);
        answerErrors.add(AttributeModifier.replace("data-focus-on-load",
                () -> answerErrors.anyErrorMessage() ? "true" : null));
        fieldset.add(answerErrors);
        fieldset.add(groupErrorState());
        form.add(fieldset);
        form.add(new CheckBox("flag", flagged));

        form.add(new Button("save") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                save(true);
            }
        });
        form.add(goButton("previous", () -> neighbour(-1)).add(visibleWhen(() -> neighbour(-1).isPresent())));
        form.add(goButton("next", () -> neighbour(1)).add(visibleWhen(() -> neighbour(1).isPresent())));
        form.add(new Button("review") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                if (save(false)) {
                    setResponsePage(ReviewPage.class, ReviewPage.parameters(token));
                }
            }
        });
        form.add(navigator());
    }

    /** The page's address for one item of an attempt. */
    public static PageParameters parameters(String token, int position) {
        return parameters(token).set(ITEM, position);
    }

    /** The page's address for an attempt: it then opens the first item without an answer. */
    public static PageParameters parameters(String token) {
        return new PageParameters().set(TOKEN, token);
    }

    /** The same answer for an unknown token and another learner's: there is nothing here for this person. */
    static RestartResponseException notFound() {
        return new RestartResponseException(new PageProvider(NotFoundPage.class), RedirectPolicy.NEVER_REDIRECT);
    }

    private static Optional<Integer> positionIn(String asked, AttemptView view) {
        if (asked == null || !asked.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(asked);
        return view.items().stream().map(AttemptView.Item::position).filter(p -> p == number).findFirst();
    }

    /** The position before (-1) or after (+1) this one, in the attempt's order. */
    private Optional<Integer> neighbour(int step) {
        List<Integer> positions = attempt.getObject().items().stream().map(AttemptView.Item::position).toList();
        int index = positions.indexOf(position) + step;
        return index >= 0 && index < positions.size() ? Optional.of(positions.get(index)) : Optional.empty();
    }

    private Button goButton(String id, IModel<Optional<Integer>> target) {
        return new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                Optional<Integer> to = target.getObject();
                if (save(false) && to.isPresent()) {
                    setResponsePage(AttemptPage.class, parameters(token, to.get()));
                }
            }
        };
    }

    /** Every item by number, each saying in words whether it is answered, flagged and the one on screen. */
    private ListView<AttemptView.Item> navigator() {
        return new ListView<>("items", () -> attempt.getObject().items()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<AttemptView.Item> listItem) {
                AttemptView.Item shown = listItem.getModelObject();
                int to = shown.position();
                Button go = goButton("go", () -> Optional.of(to));
                go.setMarkupId("go-item-" + to).setOutputMarkupId(true);
                if (to == position) {
                    go.add(AttributeModifier.replace("aria-current", "step"));
                }
                go.add(new Label("number", to));
                StringBuilder state = new StringBuilder(getString(shown.response().isPresent() ? "navigator.answered"
                        : "navigator.unanswered"));
                if (shown.flagged()) {
                    state.append(", ").append(getString("navigator.flagged"));
                }
                if (to == position) {
                    state.append(", ").append(getString("navigator.current"));
                }
                go.add(new Label("state", state.toString()));
                if (shown.response().isPresent()) {
                    go.add(AttributeModifier.append("class", "is-answered"));
                }
                listItem.add(go);
            }
        };
    }

    /**
     * Saves the answer and the flag when they differ from what is stored. False when the answer cannot be read
     * or the service refused it: the learner then stays on the item with the reason shown. A refusal because the
     * attempt is over (the time ran out, or it was submitted elsewhere) goes to the result instead.
     *
     * @param explicit the learner asked to save: confirm it even when nothing changed
     */
    private boolean save(boolean explicit) {
        if (attempt.getObject() == null) {
            throw notFound();
        }
        if (attempt.getObject().over()) {
            throw attemptOver(null);
        }
        AnswerPanel panel = (AnswerPanel) fieldset.get("panel");
        AttemptView.Item stored = item.getObject();
        Optional<Response> wanted = Optional.empty();
        if (!panel.isBlank()) {
            wanted = panel.response();
            if (wanted.isEmpty()) {
                return false;
            }
        }
        boolean flagWanted = Boolean.TRUE.equals(flagged.getObject());
        try {
            if (!wanted.equals(stored.response())) {
                assessments.saveAnswer(accountId(), token, position, wanted);
                getSession().success(numbered(wanted.isPresent() ? "saved" : "cleared"));
            } else if (explicit && wanted.isPresent()) {
                getSession().success(numbered("saved"));
            } else if (explicit) {
                getSession().info(numbered("nothingToSave"));
            }
            if (flagWanted != stored.flagged()) {
                assessments.flag(accountId(), token, position, flagWanted);
                getSession().success(numbered(flagWanted ? "flagged" : "unflagged"));
            }
            return true;
        } catch (ValidationException refused) {
            refused.messagesByField().values().forEach(fieldset::error);
            return false;
        } catch (IllegalArgumentException refused) {
            attempt.detach();
            AttemptView now = attempt.getObject();
            if (now == null) {
                throw notFound();
            }
            if (now.over()) {
                throw attemptOver(refused.getMessage());
            }
            error(refused.getMessage());
            return false;
        } finally {
            attempt.detach();
        }
    }

    /**
     * The attempt was submitted under the page (its time ran out, or another tab submitted it): on to the result,
     * saying why when the time ran out, or else in the words of the service's refusal, if there was one.
     */
    private RestartResponseException attemptOver(String refusal) {
        if (attempt.getObject().deadline().filter(this::passed).isPresent()) {
            getSession().warn(getString("timeUp"));
        } else if (refusal != null) {
            getSession().warn(refusal);
        }
        return new RestartResponseException(ResultPage.class, ResultPage.parameters(token));
    }

    private String numbered(String key) {
        return new StringResourceModel(key, this).setParameters(position).getString();
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        AttemptView view = attempt.getObject();
        if (view == null) {
            throw notFound();
        }
        if (view.over()) {
            // Thrown, not setResponsePage: this runs while the page renders, which must stop here.
            throw attemptOver(null);
        }
    }

    private boolean passed(Instant deadline) {
        return !clock().instant().isBefore(deadline);
    }

    /**
     * Unless this render shows the result of a submit (with what was entered, and any refusal), the inputs and the
     * flag start again from what is saved now.
     */
    @Override
    protected void onBeforeRender() {
        if (!submittedThisRequest) {
            AttemptView.Item stored = item.getObject();
            IModel<ShownQuestion> shown = item.map(i -> new ShownQuestion(i.question(), i.displayOrder(),
                    i.response()));
            fieldset.replace(AnswerPanel.of("panel", shown, stored.question().type()));
            form.clearInput();
            flagged.setObject(stored.flagged());
        }
        super.onBeforeRender();
    }

    /**
     * Names the answer's error text (and the type's instruction) in the fieldset's aria-describedby, and marks the
     * group invalid while something in it has an error.
     */
    private Behavior groupErrorState() {
        return new Behavior() {
            private static final long serialVersionUID = 1L;

            @Override
            public void onComponentTag(Component component, ComponentTag tag) {
                Component panel = fieldset.get("panel");
                String hint = panel instanceof AnswerPanel answer ? answer.hintMarkupId() : null;
                tag.put("aria-describedby", AnswerPanel.ERROR_ID + (hint == null ? "" : " " + hint));
                if (!new FeedbackCollector(fieldset).collect(m -> m.getLevel() >= FeedbackMessage.ERROR).isEmpty()) {
                    tag.put("aria-invalid", "true");
                    tag.append("class", "is-invalid", " ");
                }
            }
        };
    }

    @Override
    protected void onDetach() {
        submittedThisRequest = false;
        attempt.detach();
        super.onDetach();
    }
}
