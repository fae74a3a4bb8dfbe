package org.ketaminetraining.web.author;

import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.ResourceModel;

/**
 * The key of a numeric question: the number, the tolerance either side (0: exact) and the unit learners see next to
 * their input. Numbers stay the text the author typed, so that a wrong one comes back with its message.
 */
final class NumericKeyPanel extends Panel {

    private static final long serialVersionUID = 1L;

    NumericKeyPanel(String id, IModel<DraftForm> form, LivePreview preview) {
        super(id);
        TextField<String> answer = EditorInputs.textField("answer", LambdaModel.of(() -> form.getObject().numericAnswer,
                v -> form.getObject().numericAnswer = v), "numericAnswer", new ResourceModel("numeric.answer"),
                EditorInputs.NAME, null);
        TextField<String> tolerance = EditorInputs.textField("tolerance", LambdaModel.of(
                () -> form.getObject().tolerance, v -> form.getObject().tolerance = v), "tolerance",
                new ResourceModel("numeric.tolerance"), EditorInputs.NAME, "numeric-tolerance-hint");
        TextField<String> unit = EditorInputs.textField("unit", LambdaModel.of(() -> form.getObject().unit,
                v -> form.getObject().unit = v), "unit", new ResourceModel("numeric.unit"), EditorInputs.NAME,
                "numeric-unit-hint");
        add(preview.updatedBy(answer), DraftFields.errorsOf("answerErrors", answer));
        add(preview.updatedBy(tolerance), DraftFields.errorsOf("toleranceErrors", tolerance));
        add(preview.updatedBy(unit), DraftFields.errorsOf("unitErrors", unit));
    }
}
