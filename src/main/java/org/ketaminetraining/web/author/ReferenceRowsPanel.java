package org.ketaminetraining.web.author;

import java.util.List;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.ketaminetraining.bank.authoring.DraftBounds;
import org.ketaminetraining.web.author.DraftForm.ReferenceRow;

/**
 * The sources of a question: a title, and a web address or a printed citation or both (such as the fact base's id,
 * "Fact base S20c"). Learners see them after every answer.
 */
final class ReferenceRowsPanel extends Panel {

    private static final long serialVersionUID = 1L;

    ReferenceRowsPanel(String id, IModel<DraftForm> form, LivePreview preview) {
        super(id);
        WebMarkupContainer group = DraftFields.bind(new WebMarkupContainer("group"), "references",
                new ResourceModel("references.legend"), "references-hint");
        add(group);
        group.add(DraftFields.errorsOf("groupErrors", group));
        EditableRows<ReferenceRow> rows = new EditableRows<>("rows",
                LambdaModel.of(() -> form.getObject().references), "row.reference", DraftBounds.MAX_REFERENCES) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateRow(ListItem<ReferenceRow> item, int position) {
                String field = "references[" + position + "]";
                WebMarkupContainer row = DraftFields.bind(new WebMarkupContainer("row"), field, rowName(position),
                        null);
                item.add(row);
                row.add(new Label("heading", rowName(position)), DraftFields.errorsOf("rowErrors", row));
                TextField<String> title = EditorInputs.textField("title", LambdaModel.of(item.getModel(),
                        r -> r.title, (r, v) -> r.title = v), field + ".title", label("reference.title", position),
                        EditorInputs.REFERENCE, null);
                TextField<String> url = EditorInputs.textField("url", LambdaModel.of(item.getModel(), r -> r.url,
                        (r, v) -> r.url = v), field + ".url", label("reference.url", position),
                        EditorInputs.REFERENCE, null);
                TextField<String> citation = EditorInputs.textField("citation", LambdaModel.of(item.getModel(),
                        r -> r.citation, (r, v) -> r.citation = v), field + ".citation",
                        label("reference.citation", position), EditorInputs.REFERENCE, "citation-hint");
                for (TextField<String> input : List.of(title, url, citation)) {
                    row.add(preview.updatedBy(input), EditorInputs.labelFor(input.getId() + "Label", input,
                            input.getLabel()), DraftFields.errorsOf(input.getId() + "Errors", input));
                }
            }

            private IModel<String> label(String key, int position) {
                return new StringResourceModel(key, this).setParameters(position + 1);
            }
        };
        group.add(rows, rows.addButton("add", ReferenceRow::new));
    }
}
