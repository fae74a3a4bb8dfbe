package org.ketaminetraining.web.author;

import java.util.List;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.AbstractTextComponent;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.panel.Fragment;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.ketaminetraining.bank.authoring.DraftBounds;
import org.ketaminetraining.web.author.DraftForm.TextRow;

/**
 * A list of texts: the items of an ordering question in their right order (Markdown, a text area each), or the
 * accepted answers of a short-text question (plain text, a line each; the first is the one feedback shows).
 */
final class TextRowsPanel extends Panel {

    private static final long serialVersionUID = 1L;

    /** What the list holds, with its draft field, the keys of its texts and how many rows it may have. */
    enum Kind {
        ORDERING("orderingItems", "ordering", DraftBounds.MAX_ORDERING_ITEMS, true),
        ACCEPTED("accepted", "accepted", DraftBounds.MAX_ACCEPTED, false);

        final String field;
        final String keys;
        final int maximum;
        final boolean markdown;

        Kind(String field, String keys, int maximum, boolean markdown) {
            this.field = field;
            this.keys = keys;
            this.maximum = maximum;
            this.markdown = markdown;
        }
    }

    TextRowsPanel(String id, IModel<List<TextRow>> rows, Kind kind, LivePreview preview) {
        super(id);
        WebMarkupContainer group = DraftFields.bind(new WebMarkupContainer("group"), kind.field,
                new ResourceModel(kind.keys + ".legend"), kind.keys + "-hint");
        add(group);
        group.add(new Label("legend", new ResourceModel(kind.keys + ".legend")));
        group.add(new Label("hint", new ResourceModel(kind.keys + ".hint")).setOutputMarkupId(true)
                .setMarkupId(kind.keys + "-hint"));
        group.add(DraftFields.errorsOf("groupErrors", group));
        EditableRows<TextRow> list = new EditableRows<>("rows", rows, "row." + kind.keys, kind.maximum) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateRow(ListItem<TextRow> item, int position) {
                IModel<String> label = new StringResourceModel(kind.keys + ".label", this).setParameters(position + 1);
                IModel<String> text = LambdaModel.of(item.getModel(), r -> r.text, (r, v) -> r.text = v);
                String field = kind.field + "[" + position + "]";
                Fragment row = new Fragment("row", kind.markdown ? "areaRow" : "lineRow", TextRowsPanel.this);
                AbstractTextComponent<String> input = kind.markdown
                        ? EditorInputs.textArea("text", text, field, label, EditorInputs.PART, null)
                        : EditorInputs.textField("text", text, field, label, EditorInputs.PART, null);
                row.add(preview.updatedBy(input), EditorInputs.labelFor("label", input, label),
                        DraftFields.errorsOf("errors", input));
                item.add(row);
            }
        };
        group.add(list, list.addButton("add", TextRow::new).add(new Label("addText",
                new ResourceModel(kind.keys + ".add"))));
    }
}
