package org.ketaminetraining.web.question;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.FormComponentLabel;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.ketaminetraining.bank.model.MatchPair;
import org.ketaminetraining.bank.model.Matching;
import org.ketaminetraining.bank.model.MatchingResponse;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.web.component.MarkdownLabel;

/**
 * Match without dragging: for each left item, a select of the right-hand answers in the shuffled display order,
 * labelled with the left item's text. Every left item needs a match.
 */
public class MatchingPanel extends AnswerPanel {

    private static final long serialVersionUID = 1L;

    private final ListView<Integer> rows;
    private final Set<Integer> invalidRows = new HashSet<>();

    public MatchingPanel(String id, IModel<ShownQuestion> shown) {
        super(id, shown);
        rows = new ListView<>("rows", () -> IntStream.range(0, pairs().size()).boxed().toList()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Integer> item) {
                int left = item.getModelObject();
                DropDownChoice<Integer> match = new DropDownChoice<>("match", Model.of(savedMatch(left)),
                        () -> displayOrder(pairs().size()), new ChoiceRenderer<>() {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public Object getDisplayValue(Integer right) {
                                return MarkdownLabel.plainText(pairs().get(right).right());
                            }

                            @Override
                            public String getIdValue(Integer right, int index) {
                                return String.valueOf(right);
                            }
                        });
                match.add(describedByError(() -> invalidRows.contains(left)));
                FormComponentLabel label = new FormComponentLabel("label", match);
                label.add(MarkdownLabel.inline("text", () -> pairs().get(left).left()));
                item.add(label, match);
            }
        };
        add(rows.setReuseItems(true));
    }

    /** The right-hand answer the learner matched to this left item in their earlier answer, or null. */
    private Integer savedMatch(int left) {
        return saved(MatchingResponse.class).map(r -> r.rightForLeft().get(left)).orElse(null);
    }

    private List<MatchPair> pairs() {
        return spec(Matching.class).pairs();
    }

    /** The rows marked belong to the answer refused in this request; shown again later, the page marks none. */
    @Override
    protected void onDetach() {
        invalidRows.clear();
        super.onDetach();
    }

    @Override
    public String hintMarkupId() {
        return HINT_ID;
    }

    @Override
    public boolean isBlank() {
        return noSelection(rows, "match");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Response> response() {
        invalidRows.clear();
        if (isBlank()) {
            // Nothing chosen at all: the group's error, at the fieldset; no row is singled out as wrong.
            error(getString("required"));
            return Optional.empty();
        }
        Map<Integer, Integer> rightForLeft = new LinkedHashMap<>();
        for (Component child : rows) {
            ListItem<Integer> item = (ListItem<Integer>) child;
            Integer right = ((DropDownChoice<Integer>) item.get("match")).getModelObject();
            if (right == null) {
                invalidRows.add(item.getModelObject());
            } else {
                rightForLeft.put(item.getModelObject(), right);
            }
        }
        if (!invalidRows.isEmpty()) {
            error(getString("required"));
            return Optional.empty();
        }
        return Optional.of(new MatchingResponse(rightForLeft));
    }
}
