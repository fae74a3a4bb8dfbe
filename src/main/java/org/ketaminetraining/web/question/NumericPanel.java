package org.ketaminetraining.web.question;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.bank.model.NumericAnswer;
import org.ketaminetraining.bank.model.NumericResponse;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.web.component.FieldErrors;

/**
 * A number in the question's unit: a text input (a number input would refuse "12,5" in some browsers and swallow
 * what it cannot parse) with the unit shown after it and read as part of its name.
 */
public class NumericPanel extends AnswerPanel {

    private static final long serialVersionUID = 1L;
    private static final String INPUT_ID = "answer-number";
    /** Digits with at most one decimal point or comma; "12.5", "12,5", ".5" and "-3" all read. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)");
    /** Longer than any number a question asks for; the input's maxlength, and refused on the server too. */
    static final int MAX_LENGTH = 40;

    private final TextField<String> value;

    public NumericPanel(String id, IModel<ShownQuestion> shown) {
        super(id, shown);
        // A saved number is shown as it was stored, in plain digits, so that it reads back as the same answer.
        value = new TextField<>("value", Model.of(saved(NumericResponse.class)
                .map(n -> n.value().toPlainString()).orElse(null)));
        // Renders maxlength and refuses a longer value (sent without the browser's limit) as a field error.
        value.add(StringValidator.maximumLength(MAX_LENGTH));
        value.add(FieldErrors.ariaInvalid(ERROR_ID + " " + INPUT_ID + "-hint"));
        value.add(AttributeModifier.replace("aria-labelledby", () -> hasUnit()
                ? INPUT_ID + "-label " + INPUT_ID + "-unit" : INPUT_ID + "-label"));
        add(value);
        add(new Label("unit", () -> spec(NumericAnswer.class).unit()).setVisible(hasUnit()));
    }

    private boolean hasUnit() {
        return !spec(NumericAnswer.class).unit().isBlank();
    }

    /** The number typed, with a comma accepted as the decimal separator; empty when it is not a number. */
    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip().replace('\u2212', '-');
        if (!NUMBER.matcher(typed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(typed.replace(',', '.')));
    }

    @Override
    public boolean isBlank() {
        String typed = value.getModelObject();
        return typed == null || typed.isBlank();
    }

    @Override
    public Optional<Response> response() {
        String typed = value.getModelObject();
        if (typed == null || typed.isBlank()) {
            value.error(getString("required"));
            return Optional.empty();
        }
        Optional<BigDecimal> number = parse(typed);
        if (number.isEmpty()) {
            value.error(getString("invalid"));
            return Optional.empty();
        }
        return Optional.of(new NumericResponse(number.get()));
    }
}
