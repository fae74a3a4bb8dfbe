package org.ketaminetraining.web.question;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.wicket.Component;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.model.Response;

/**
 * The answer part of a question form (study or assessment) for one question type. The page puts it inside the
 * fieldset whose legend is the stem and shows every error reported on the panel or its inputs under the markup id
 * {@link #ERROR_ID}; a refused answer moves focus there. An answer left empty is one error of the group, named by
 * the fieldset (aria-describedby, aria-invalid) and written as text under its legend: no option is marked, since
 * none was chosen, let alone chosen wrongly. Only an input that is itself part of the error (a typed value that is
 * no number, a row left without a position while others have one) names the error and is marked invalid, and only
 * in the response that refused it.
 *
 * <p>The inputs start from the learner's answer in the {@link ShownQuestion} when it has one (an assessment item
 * answered before), read when the panel is built or its rows are first populated: a page that wants the inputs to
 * show what is saved now builds a new panel.
 */
public abstract class AnswerPanel extends Panel {

    /** Markup id of the answer's error text, which the fieldset and the inputs name in aria-describedby. */
    public static final String ERROR_ID = "answer-error";
    /** Markup id of a type's instruction ("Select all that apply"), when it has one. */
    public static final String HINT_ID = "answer-hint";

    private static final long serialVersionUID = 1L;

    protected AnswerPanel(String id, IModel<ShownQuestion> shown) {
        super(id, shown);
    }

    /** The panel for the question's type. */
    public static AnswerPanel of(String id, IModel<ShownQuestion> shown, QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> new SingleChoicePanel(id, shown);
            case MULTIPLE_RESPONSE -> new MultipleResponsePanel(id, shown);
            case TRUE_FALSE -> new TrueFalsePanel(id, shown);
            case NUMERIC -> new NumericPanel(id, shown);
            case ORDERING -> new OrderingPanel(id, shown);
            case MATCHING -> new MatchingPanel(id, shown);
            case SHORT_TEXT -> new ShortTextPanel(id, shown);
        };
    }

    /**
     * What the learner answered, read after the form has updated its models. Empty when the answer is missing or
     * cannot be read; the reason has then been reported as an error on this panel or one of its inputs, and
     * nothing must be submitted.
     */
    public abstract Optional<Response> response();

    /**
     * Whether nothing at all was entered (no option chosen, no text typed, no select set), read after the form has
     * updated its models. An assessment lets a learner leave an item blank and come back to it; a half-given
     * answer (one position of three, a number that is not one) is not blank, and {@link #response()} says why.
     */
    public abstract boolean isBlank();

    /** Markup id of the type's instruction for the fieldset's aria-describedby, or null when it has none. */
    public String hintMarkupId() {
        return null;
    }

    protected final ShownQuestion shown() {
        return (ShownQuestion) getDefaultModelObject();
    }

    protected final <S extends AnswerSpec> S spec(Class<S> type) {
        return type.cast(shown().question().answer());
    }

    /** The learner's earlier answer when it is of the kind this type expects; empty otherwise. */
    protected final <R extends Response> Optional<R> saved(Class<R> kind) {
        ShownQuestion shown = shown();
        return shown == null ? Optional.empty() : shown.answer().filter(kind::isInstance).map(kind::cast);
    }

    /**
     * The display order over {@code size} authored entries when it is a permutation of them,
     * otherwise the authored order.
     */
    protected final List<Integer> displayOrder(int size) {
        return shownOrder(shown().displayOrder(), size);
    }

    static List<Integer> shownOrder(List<Integer> displayOrder, int size) {
        List<Integer> authored = IntStream.range(0, size).boxed().toList();
        boolean permutation = displayOrder.size() == size && displayOrder.stream().sorted().toList().equals(authored);
        return permutation ? displayOrder : authored;
    }

    /**
     * Names the answer's error text in aria-describedby and, while {@code invalid} holds, marks the input with
     * aria-invalid and Bootstrap's is-invalid.
     */
    protected static Behavior describedByError(IModel<Boolean> invalid) {
        return new Behavior() {
            private static final long serialVersionUID = 1L;

            @Override
            public void onComponentTag(Component component, ComponentTag tag) {
                tag.put("aria-describedby", ERROR_ID);
                if (Boolean.TRUE.equals(invalid.getObject())) {
                    tag.put("aria-invalid", "true");
                    tag.append("class", "is-invalid", " ");
                }
            }

            @Override
            public void detach(Component component) {
                invalid.detach();
            }
        };
    }

    /** Whether no row of a list of selects (ordering positions, matches) has a choice yet. */
    @SuppressWarnings("unchecked")
    protected static boolean noSelection(org.apache.wicket.markup.html.list.ListView<Integer> rows, String selectId) {
        for (Component row : rows) {
            if (((org.apache.wicket.markup.html.form.FormComponent<Integer>) ((org.apache.wicket.MarkupContainer) row)
                    .get(selectId)).getModelObject() != null) {
                return false;
            }
        }
        return true;
    }
}
