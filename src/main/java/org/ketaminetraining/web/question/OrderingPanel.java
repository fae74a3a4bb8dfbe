package org.ketaminetraining.web.question;

import org.apache.wicket.model.StringResourceModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.FormComponentLabel;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.ketaminetraining.bank.model.Ordering;
import org.ketaminetraining.bank.model.OrderingResponse;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.web.component.MarkdownLabel;

/**
 * Put in order without dragging: each item, in the shuffled display order, has a select of positions 1 to n
 * labelled with the item's text. Every item needs a position and no position may be used twice.
 */
public class OrderingPanel extends AnswerPanel {

    private static final long serialVersionUID = 1L;

    private final ListView<Integer> rows;
    /** Rows (display positions) whose select is part of the current error. */
    private final Set<Integer> invalidRows = new HashSet<>();

    public OrderingPanel(String id, IModel<ShownQuestion> shown) {
        super(id, shown);
        rows = new ListView<>("rows", () -> displayOrder(items().size())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Integer> item) {
                int authored = item.getModelObject();
                int row = item.getIndex();
                DropDownChoice<Integer> position = new DropDownChoice<>("position", Model.of(savedPosition(authored)),
                        () -> IntStream.rangeClosed(1, items().size()).boxed().toList(), new ChoiceRenderer<>() {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public String getIdValue(Integer number, int index) {
                                return String.valueOf(number);
                            }
                        });
                position.add(describedByError(() -> invalidRows.contains(row)));
                FormComponentLabel label = new FormComponentLabel("label", position);
                label.add(MarkdownLabel.inline("text", () -> items().get(authored)));
                item.add(label, position);
            }
        };
        add(rows.setReuseItems(true));
    }

    /** The position (1 first) the learner gave the authored item in their earlier answer, or null. */
    private Integer savedPosition(int authored) {
        int index = saved(OrderingResponse.class).map(r -> r.itemOrder().indexOf(authored)).orElse(-1);
        return index < 0 ? null : index + 1;
    }

    private List<String> items() {
        return spec(Ordering.class).items();
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
        return noSelection(rows, "position");
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
        Map<Integer, List<Integer>> rowsByPosition = new TreeMap<>();
        List<Integer> authoredByRow = new ArrayList<>();
        for (Component child : rows) {
            ListItem<Integer> item = (ListItem<Integer>) child;
            Integer position = ((DropDownChoice<Integer>) item.get("position")).getModelObject();
            authoredByRow.add(item.getModelObject());
            if (position == null) {
                invalidRows.add(item.getIndex());
            } else {
                rowsByPosition.computeIfAbsent(position, p -> new ArrayList<>()).add(item.getIndex());
            }
        }
        if (!invalidRows.isEmpty()) {
            error(getString("required"));
            return Optional.empty();
        }
        List<Integer> repeated = rowsByPosition.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).toList();
        if (!repeated.isEmpty()) {
            repeated.forEach(p -> invalidRows.addAll(rowsByPosition.get(p)));
            error(new StringResourceModel("duplicate", this).setParameters(repeated.stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))).getString());
            return Optional.empty();
        }
        return Optional.of(new OrderingResponse(rowsByPosition.values().stream()
                .map(rowList -> authoredByRow.get(rowList.get(0))).toList()));
    }
}
