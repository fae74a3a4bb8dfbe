package org.ketaminetraining.web.author;

import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.ketaminetraining.bank.authoring.DraftBounds;
import org.ketaminetraining.web.author.DraftForm.PairRow;

/** The pairs of a matching question: each left belongs with its own right (both Markdown). */
final class PairsPanel extends Panel {

    private static final long serialVersionUID = 1L;

    PairsPanel(String id, IModel<DraftForm> form, LivePreview preview) {
        super(id);
        WebMarkupContainer group = DraftFields.bind(new WebMarkupContainer("group"), "pairs",
                new ResourceModel("pairs.legend"), "pairs-hint");
        add(group);
        group.add(DraftFields.errorsOf("groupErrors", group));
        EditableRows<PairRow> rows = new EditableRows<>("rows", LambdaModel.of(() -> form.getObject().pairs),
                "row.pair", DraftBounds.MAX_PAIRS) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateRow(ListItem<PairRow> item, int position) {
                String field = "pairs[" + position + "]";
                WebMarkupContainer row = DraftFields.bind(new WebMarkupContainer("row"), field, rowName(position),
                        null);
                item.add(row);
                row.add(new Label("heading", rowName(position)), DraftFields.errorsOf("rowErrors", row));
                TextArea<String> left = EditorInputs.textArea("left", LambdaModel.of(item.getModel(), p -> p.left,
                        (p, v) -> p.left = v), field + ".left", label("pair.left", position), EditorInputs.PART,
                        null);
                TextArea<String> right = EditorInputs.textArea("right", LambdaModel.of(item.getModel(),
                        p -> p.right, (p, v) -> p.right = v), field + ".right", label("pair.right", position),
                        EditorInputs.PART, null);
                row.add(preview.updatedBy(left), EditorInputs.labelFor("leftLabel", left, left.getLabel()),
                        DraftFields.errorsOf("leftErrors", left));
                row.add(preview.updatedBy(right), EditorInputs.labelFor("rightLabel", right, right.getLabel()),
                        DraftFields.errorsOf("rightErrors", right));
            }

            private IModel<String> label(String key, int position) {
                return new StringResourceModel(key, this).setParameters(position + 1);
            }
        };
        group.add(rows, rows.addButton("add", PairRow::new));
    }
}
