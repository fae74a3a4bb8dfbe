package org.ketaminetraining.web.question;

import org.apache.wicket.model.StringResourceModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.util.string.Strings;
import org.ketaminetraining.bank.model.AnswerSpec;
import org.ketaminetraining.bank.model.ChoiceOption;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MatchingResponse;
import org.ketaminetraining.bank.model.MultipleResponse;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.NumericResponse;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.OrderingResponse;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.ShortText;
import org.ketaminetraining.bank.model.SingleChoice;
import org.ketaminetraining.bank.model.TextResponse;
import org.ketaminetraining.bank.model.TrueFalse;
import org.ketaminetraining.bank.model.TrueFalseResponse;
import org.ketaminetraining.web.component.MarkdownLabel;

/**
 * An answer written out in full for the feedback, either the learner's or the right one: the chosen options, the
 * items in order (a numbered list), the pairs, the number with its unit and tolerance, the typed text. A question
 * the learner left unanswered says so. Each line is HTML made only of rendered bank Markdown and escaped plain
 * text.
 */
public class WrittenAnswerPanel extends Panel {

    private static final long serialVersionUID = 1L;

    /** Whose answer to write out. */
    public enum Whose {
        LEARNER,
        RIGHT
    }

    private final Whose whose;

    public WrittenAnswerPanel(String id, IModel<ShownQuestion> answered, Whose whose) {
        super(id, answered);
        this.whose = whose;
        IModel<List<String>> lines = LoadableDetachableModel.of(this::lines);
        WebMarkupContainer ordered = new WebMarkupContainer("ordered") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(isOrdering());
            }
        };
        WebMarkupContainer unordered = new WebMarkupContainer("unordered") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!isOrdering());
            }
        };
        ordered.add(lineList(lines));
        unordered.add(lineList(lines));
        add(ordered, unordered);
    }

    private static ListView<String> lineList(IModel<List<String>> lines) {
        return new ListView<>("lines", lines) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<String> item) {
                item.add(new Label("line", item.getModel()).setEscapeModelStrings(false));
            }
        };
    }

    private ShownQuestion answered() {
        return (ShownQuestion) getDefaultModelObject();
    }

    private boolean isOrdering() {
        return answered() != null && answered().question().answer() instanceof Ordering;
    }

    private List<String> lines() {
        ShownQuestion answered = answered();
        if (answered == null) {
            return List.of();
        }
        List<String> lines = whose == Whose.LEARNER ? learnerLines(answered)
                : rightLines(answered.question().answer());
        return lines.isEmpty() ? List.of(text(getString("nothing"))) : lines;
    }

    private List<String> learnerLines(ShownQuestion answered) {
        AnswerSpec spec = answered.question().answer();
        Optional<Response> given = answered.answer();
        if (given.isEmpty()) {
            return List.of();
        }
        Response response = given.get();
        if (response instanceof ChoiceResponse choice) {
            List<ChoiceOption> options = spec.choiceOptions();
            List<Integer> shown = AnswerPanel.shownOrder(answered.displayOrder(), options.size());
            return choice.selectedOptions().stream().filter(i -> i >= 0 && i < options.size())
                    .sorted(Comparator.comparingInt(shown::indexOf))
                    .map(i -> MarkdownLabel.inlineHtml(options.get(i).text())).toList();
        }
        if (response instanceof TrueFalseResponse picked) {
            return List.of(text(getString(picked.value() ? "true" : "false")));
        }
        if (response instanceof NumericResponse number && spec instanceof NumericAnswer numeric) {
            return List.of(text(withUnit(number.value(), numeric.unit())));
        }
        if (response instanceof OrderingResponse order && spec instanceof Ordering ordering) {
            return order.itemOrder().stream().filter(i -> i >= 0 && i < ordering.items().size())
                    .map(i -> MarkdownLabel.inlineHtml(ordering.items().get(i))).toList();
        }
        if (response instanceof MatchingResponse matches && spec instanceof Matching matching) {
            List<String> lines = new ArrayList<>();
            List<MatchPair> pairs = matching.pairs();
            for (int left = 0; left < pairs.size(); left++) {
                Integer right = matches.rightForLeft().get(left);
                lines.add(pair(pairs.get(left).left(), right == null || right < 0 || right >= pairs.size() ? null
                        : pairs.get(right).right()));
            }
            return lines;
        }
        if (response instanceof TextResponse typed) {
            return List.of(text(typed.text()));
        }
        return List.of();
    }

    private List<String> rightLines(AnswerSpec spec) {
        if (spec instanceof SingleChoice single) {
            return single.correctOption().stream()
                    .mapToObj(i -> MarkdownLabel.inlineHtml(single.options().get(i).text())).toList();
        }
        if (spec instanceof MultipleResponse multiple) {
            return multiple.options().stream().filter(ChoiceOption::correct)
                    .map(o -> MarkdownLabel.inlineHtml(o.text())).toList();
        }
        if (spec instanceof TrueFalse trueFalse) {
            return List.of(text(getString(trueFalse.answer() ? "true" : "false")));
        }
        if (spec instanceof NumericAnswer numeric) {
            String answer = withUnit(numeric.answer(), numeric.unit());
            return List.of(text(numeric.tolerance().signum() == 0 ? answer
                    : new StringResourceModel("withTolerance", this).setParameters(answer, plain(numeric.tolerance()))
                            .getString()));
        }
        if (spec instanceof Ordering ordering) {
            return ordering.items().stream().map(MarkdownLabel::inlineHtml).toList();
        }
        if (spec instanceof Matching matching) {
            return matching.pairs().stream().map(p -> pair(p.left(), p.right())).toList();
        }
        if (spec instanceof ShortText shortText) {
            // The canonical answer only: the other accepted answers include tolerated misspellings.
            return shortText.canonical().map(WrittenAnswerPanel::text).stream().toList();
        }
        return List.of();
    }

    private String pair(String left, String right) {
        String leftHtml = MarkdownLabel.inlineHtml(left);
        String rightHtml = right == null ? text(getString("noMatch")) : MarkdownLabel.inlineHtml(right);
        return new StringResourceModel("pair", this).setParameters(leftHtml, rightHtml).getString();
    }

    private static String withUnit(BigDecimal value, String unit) {
        return unit.isBlank() ? plain(value) : plain(value) + " " + unit;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String text(String plain) {
        return Strings.escapeMarkup(plain).toString();
    }
}
