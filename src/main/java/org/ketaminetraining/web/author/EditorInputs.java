package org.ketaminetraining.web.author;

import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.AbstractTextComponent;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.validation.validator.StringValidator;
import org.ketaminetraining.bank.authoring.DraftBounds;
import org.ketaminetraining.bank.authoring.ReviewRules;

/**
 * The editor's text inputs: each bounded before anything reads it ({@link DraftBounds}, the limits the service
 * stores, also rendered as {@code maxlength}), named for assistive technology and the summary, and tied to its draft field
 * ({@link DraftFields}). Markdown fields are text areas; short plain values are text fields.
 */
final class EditorInputs {

    /** Stem and explanation. */
    static final int LONG_TEXT = DraftBounds.LONG_TEXT;
    /** An option, an ordering item, either side of a pair, a feedback text, an accepted answer. */
    static final int PART = DraftBounds.SHORT_TEXT;
    /** A reference's title, address or citation. */
    static final int REFERENCE = DraftBounds.REFERENCE_FIELD;
    /** A number as typed (answer, tolerance, expected seconds) or a unit. */
    static final int NAME = DraftBounds.NAME;
    /** A reviewer's comment. */
    static final int COMMENT = ReviewRules.MAX_COMMENT;

    private EditorInputs() {
    }

    static TextArea<String> textArea(String id, IModel<String> model, String field, IModel<String> label, int max,
            String hintId) {
        return bounded(new TextArea<>(id, model), field, label, max, hintId);
    }

    static TextField<String> textField(String id, IModel<String> model, String field, IModel<String> label, int max,
            String hintId) {
        return bounded(new TextField<>(id, model, String.class), field, label, max, hintId);
    }

    private static <T extends AbstractTextComponent<String>> T bounded(T input, String field, IModel<String> label,
            int max, String hintId) {
        input.add(StringValidator.maximumLength(max));
        input.setLabel(label);
        return DraftFields.bind(input, field, label, hintId);
    }

    /** A {@code <label>} whose words are the input's own label and whose {@code for} names the input. */
    static Label labelFor(String id, Component input, IModel<String> label) {
        Label tag = new Label(id, label);
        tag.add(AttributeModifier.replace("for", input::getMarkupId));
        return tag;
    }
}
