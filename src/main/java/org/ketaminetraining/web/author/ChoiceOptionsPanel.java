package org.ketaminetraining.web.author;

import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.ketaminetraining.bank.authoring.DraftBounds;
import org.ketaminetraining.web.author.DraftForm.OptionRow;

/**
 * The options of a single-choice or multiple-response question: each with its text (inline Markdown), whether it is
 * correct, and the feedback a learner who picked it reads. How many must be correct is the check's to say (exactly
 * one, or at least one), next to the options.
 */
final class ChoiceOptionsPanel extends Panel {

    private static final long serialVersionUID = 1L;

    ChoiceOptionsPanel(String id, IModel<DraftForm> form, LivePreview preview) {
        super(id);
        WebMarkupContainer group = DraftFields.bind(new WebMarkupContainer("group"), "options",
                new ResourceModel("options.legend"), "options-hint");
        add(group);
        group.add(DraftFields.errorsOf("groupErrors", group));
        EditableRows<OptionRow> rows = new EditableRows<>("rows", LambdaModel.of(() -> form.getObject().options),
                "row.option", DraftBounds.MAX_OPTIONS) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateRow(ListItem<OptionRow> item, int position) {
                String field = "options[" + position + "]";
                WebMarkupContainer row = DraftFields.bind(new WebMarkupContainer("row"), field, rowName(position),
                        null);
                item.add(row);
                row.add(new Label("heading", rowName(position)));
                row.add(DraftFields.errorsOf("rowErrors", row));
                TextArea<String> text = EditorInputs.textArea("text", LambdaModel.of(item.getModel(),
                        o -> o.text, (o, v) -> o.text = v), field + ".text", label("option.text", position),
                        EditorInputs.PART, null);
                row.add(preview.updatedBy(text), EditorInputs.labelFor("textLabel", text, text.getLabel()),
                        DraftFields.errorsOf("textErrors", text));
                CheckBox correct = new CheckBox("correct", LambdaModel.of(item.getModel(), o -> o.correct,
                        (o, v) -> o.correct = Boolean.TRUE.equals(v)));
                DraftFields.bind(correct, field + ".correct", label("option.correct", position), null);
                correct.setLabel(label("option.correct", position));
                row.add(preview.updatedBy(correct), EditorInputs.labelFor("correctLabel", correct,
                        correct.getLabel()), DraftFields.errorsOf("correctErrors", correct));
                TextArea<String> feedback = EditorInputs.textArea("feedback", LambdaModel.of(item.getModel(),
                        o -> o.feedback, (o, v) -> o.feedback = v), field + ".feedback",
                        label("option.feedback", position), EditorInputs.PART, "feedback-hint");
                row.add(preview.updatedBy(feedback), EditorInputs.labelFor("feedbackLabel", feedback,
                        feedback.getLabel()), DraftFields.errorsOf("feedbackErrors", feedback));
            }

            private IModel<String> label(String key, int position) {
                return new StringResourceModel(key, this).setParameters(position + 1);
            }
        };
        group.add(rows);
        group.add(rows.addButton("add", OptionRow::new));
    }
}
