package org.ketaminetraining.web.question;

import java.util.Optional;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.TextResponse;
import org.ketaminetraining.web.component.FieldErrors;

/** A typed answer: one labelled text input. Case and extra spaces do not matter; spelling does. */
public class ShortTextPanel extends AnswerPanel {

    private static final long serialVersionUID = 1L;

    /**
     * The input's maxlength, also refused on the server as a field error: well inside what the service stores for
     * an answer (4000 characters), and far beyond any accepted answer.
     */
    static final int MAX_LENGTH = 500;

    private final TextField<String> text;

    public ShortTextPanel(String id, IModel<ShownQuestion> shown) {
        super(id, shown);
        text = new TextField<>("text", Model.of(saved(TextResponse.class).map(TextResponse::text).orElse(null)));
        text.setLabel(new ResourceModel("label")).add(StringValidator.maximumLength(MAX_LENGTH));
        text.add(FieldErrors.ariaInvalid(ERROR_ID + " answer-text-hint"));
        add(text);
    }

    @Override
    public boolean isBlank() {
        String typed = text.getModelObject();
        return typed == null || typed.isBlank();
    }

    @Override
    public Optional<Response> response() {
        String typed = text.getModelObject();
        if (typed == null || typed.isBlank()) {
            text.error(getString("required"));
            return Optional.empty();
        }
        return Optional.of(new TextResponse(typed));
    }
}
