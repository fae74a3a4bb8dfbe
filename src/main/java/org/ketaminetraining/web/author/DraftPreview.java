package org.ketaminetraining.web.author;

import java.util.Optional;
import java.util.Set;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.StringResourceModel;
import org.ketaminetraining.bank.authoring.DraftQuestion;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Reference;
import org.ketaminetraining.web.component.MarkdownLabel;
import org.ketaminetraining.web.component.VisibleWhen;
import org.ketaminetraining.web.question.ReferencesPanel;

/**
 * A question as trainees see it, with its key written out for the author: every Markdown field rendered by the
 * components the study and assessment pages use ({@link MarkdownLabel}, the bank's renderer and sanitizer, so raw
 * HTML such as a {@code <script>} is shown as text, never run) and the references by the trainees' own panel. The
 * stem fits as it does in the question's legend, option texts as in their labels, feedback and explanation as
 * blocks. Whether an option is correct is said in words, not by colour.
 */
final class DraftPreview extends Panel {

    private static final long serialVersionUID = 1L;
    private static final Set<QuestionType> CHOICE = Set.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE);

    private final LoadableDetachableModel<DraftQuestion> draft;

    DraftPreview(String id, IModel<DraftQuestion> source) {
        super(id);
        draft = LoadableDetachableModel.of(source::getObject);
        add(MarkdownLabel.phrasing("stem", () -> draft.getObject().stem()));
        add(new Label("stemMissing", () -> getString("preview.empty"))
                .add(VisibleWhen.of(() -> draft.getObject().stem().isBlank())));
        add(options(), trueFalse(), numeric(), ordering(), matching(), accepted());
        WebMarkupContainer explanation = new WebMarkupContainer("explanationSection");
        explanation.add(MarkdownLabel.block("explanation", () -> draft.getObject().explanation()));
        add(explanation.add(VisibleWhen.of(() -> !draft.getObject().explanation().isBlank())));
        WebMarkupContainer references = new WebMarkupContainer("referencesSection");
        references.add(new ReferencesPanel("references", () -> draft.getObject().references().stream()
                .map(DraftPreview::asReference).toList()));
        add(references.add(VisibleWhen.of(() -> !draft.getObject().references().isEmpty())));
    }

    private WebMarkupContainer options() {
        WebMarkupContainer list = shownFor(new WebMarkupContainer("choiceList"), CHOICE);
        list.add(new ListView<>("options", () -> draft.getObject().options()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<DraftQuestion.Option> item) {
                item.add(MarkdownLabel.inline("text", item.getModel().map(DraftQuestion.Option::text)));
                item.add(new Label("correct", () -> getString("preview.correct"))
                        .setVisible(item.getModelObject().correct()));
                item.add(feedback("feedback", item.getModel().map(DraftQuestion.Option::feedback)));
            }
        });
        return list;
    }

    private WebMarkupContainer trueFalse() {
        WebMarkupContainer key = shownFor(new WebMarkupContainer("trueFalse"), Set.of(QuestionType.TRUE_FALSE));
        key.add(new Label("tfKey", () -> switch (draft.getObject().trueFalseAnswer()) {
            case "true" -> getString("trueFalse.true");
            case "false" -> getString("trueFalse.false");
            default -> getString("preview.notSet");
        }));
        key.add(feedback("feedbackTrue", () -> draft.getObject().feedbackTrue()));
        key.add(feedback("feedbackFalse", () -> draft.getObject().feedbackFalse()));
        return key;
    }

    private WebMarkupContainer numeric() {
        WebMarkupContainer key = shownFor(new WebMarkupContainer("numeric"), Set.of(QuestionType.NUMERIC));
        key.add(new Label("numericKey", () -> new StringResourceModel("preview.numeric", this).setParameters(
                draft.getObject().numericAnswer(), draft.getObject().unit(), draft.getObject().tolerance())
                .getString()));
        return key;
    }

    private WebMarkupContainer ordering() {
        WebMarkupContainer list = shownFor(new WebMarkupContainer("orderingList"), Set.of(QuestionType.ORDERING));
        list.add(new ListView<>("items", () -> draft.getObject().orderingItems()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(MarkdownLabel.inline("text", item.getModel()));
            }
        });
        return list;
    }

    private WebMarkupContainer matching() {
        WebMarkupContainer list = shownFor(new WebMarkupContainer("pairList"), Set.of(QuestionType.MATCHING));
        list.add(new ListView<>("pairs", () -> draft.getObject().pairs()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<DraftQuestion.Pair> item) {
                item.add(MarkdownLabel.inline("left", item.getModel().map(DraftQuestion.Pair::left)),
                        MarkdownLabel.inline("right", item.getModel().map(DraftQuestion.Pair::right)));
            }
        });
        return list;
    }

    private WebMarkupContainer accepted() {
        WebMarkupContainer list = shownFor(new WebMarkupContainer("acceptedList"), Set.of(QuestionType.SHORT_TEXT));
        list.add(new ListView<>("accepted", () -> draft.getObject().accepted()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(new Label("text", item.getModel()));
                item.add(new Label("canonical", () -> getString("preview.canonical")).setVisible(item.getIndex() == 0));
            }
        });
        return list;
    }

    private WebMarkupContainer shownFor(WebMarkupContainer part, Set<QuestionType> types) {
        return (WebMarkupContainer) part.add(VisibleWhen.of(() -> types.contains(draft.getObject().type())));
    }

    private static WebMarkupContainer feedback(String id, IModel<String> text) {
        WebMarkupContainer part = new WebMarkupContainer(id);
        part.add(MarkdownLabel.block("text", text));
        return (WebMarkupContainer) part.add(VisibleWhen.of(() -> !text.getObject().isBlank()));
    }

    private static Reference asReference(DraftQuestion.Reference r) {
        return new Reference(r.title(), nonBlank(r.url()), nonBlank(r.citation()));
    }

    private static Optional<String> nonBlank(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    @Override
    protected void onDetach() {
        draft.detach();
        super.onDetach();
    }
}
