package org.ketaminetraining.web.author;

import org.apache.wicket.markup.html.form.Radio;
import org.apache.wicket.markup.html.form.RadioGroup;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LambdaModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;

/** The key of a true/false statement, and the feedback for a learner who picked each value. */
final class TrueFalseKeyPanel extends Panel {

    private static final long serialVersionUID = 1L;

    TrueFalseKeyPanel(String id, IModel<DraftForm> form, LivePreview preview) {
        super(id);
        RadioGroup<String> answer = new RadioGroup<>("answer", LambdaModel.of(() -> form.getObject().trueFalseAnswer,
                v -> form.getObject().trueFalseAnswer = v));
        answer.setLabel(new ResourceModel("trueFalse.legend"));
        DraftFields.bind(answer, "trueFalseAnswer", answer.getLabel(), null);
        // The group is the fieldset itself, which names the key's error text and is marked invalid with it.
        answer.setRenderBodyOnly(false);
        answer.add(new Radio<>("true", Model.of("true"), answer), new Radio<>("false", Model.of("false"), answer));
        answer.add(DraftFields.errorsOf("answerErrors", answer));
        add(preview.updatedBy(answer));
        TextArea<String> feedbackTrue = EditorInputs.textArea("feedbackTrue", LambdaModel.of(
                () -> form.getObject().feedbackTrue, v -> form.getObject().feedbackTrue = v), "feedbackTrue",
                new ResourceModel("trueFalse.feedbackTrue"), EditorInputs.PART, "tf-feedback-hint");
        add(preview.updatedBy(feedbackTrue), DraftFields.errorsOf("feedbackTrueErrors", feedbackTrue));
        TextArea<String> feedbackFalse = EditorInputs.textArea("feedbackFalse", LambdaModel.of(
                () -> form.getObject().feedbackFalse, v -> form.getObject().feedbackFalse = v), "feedbackFalse",
                new ResourceModel("trueFalse.feedbackFalse"), EditorInputs.PART, "tf-feedback-hint");
        add(preview.updatedBy(feedbackFalse), DraftFields.errorsOf("feedbackFalseErrors", feedbackFalse));
    }
}
