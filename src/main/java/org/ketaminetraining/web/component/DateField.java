package org.ketaminetraining.web.component;

import java.time.LocalDate;
import org.apache.wicket.extensions.markup.html.form.datetime.LocalDateTextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.validation.ValidationError;

/**
 * A day in an {@code <input type="date">}: browsers show their own date picker and send {@code yyyy-MM-dd}. Input
 * longer than a date is refused before it is parsed; a value that is no date gets the {@code IConverter} message.
 */
public class DateField extends LocalDateTextField {

    private static final long serialVersionUID = 1L;
    private static final String PATTERN = "yyyy-MM-dd";
    /** "+999999-12-31" is the longest year LocalDate reads; a date input never sends more than ten characters. */
    private static final int MAX_INPUT_LENGTH = 10;

    public DateField(String id, IModel<LocalDate> model) {
        super(id, model, PATTERN);
    }

    @Override
    protected String[] getInputTypes() {
        return new String[]{"date"};
    }

    @Override
    public void convertInput() {
        String input = getInput();
        if (input != null && input.strip().length() > MAX_INPUT_LENGTH) {
            error(new ValidationError().addKey("IConverter"));
            return;
        }
        super.convertInput();
    }
}
