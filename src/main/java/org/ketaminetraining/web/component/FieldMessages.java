package org.ketaminetraining.web.component;

import org.apache.wicket.Component;
import org.apache.wicket.MarkupContainer;
import org.apache.wicket.feedback.ComponentFeedbackMessageFilter;
import org.apache.wicket.feedback.ContainerFeedbackMessageFilter;
import org.apache.wicket.feedback.IFeedbackMessageFilter;
import org.apache.wicket.markup.html.form.FormComponent;

/**
 * The error text of one form field, shown right under it. Its markup id is the field's id plus
 * {@code -error}, which the field names in {@code aria-describedby} (see {@link #attachTo}).
 */
public class FieldMessages extends MessagesPanel {

    private static final long serialVersionUID = 1L;

    public FieldMessages(String id, FormComponent<?> field) {
        super(id, new ComponentFeedbackMessageFilter(field));
        setOutputMarkupId(true);
        setMarkupId(field.getId() + "-error");
    }

    /**
     * The error text of a group of inputs (a fieldset of radios, a set of selects): every message reported on the
     * container or anything inside it, under the given markup id for the group's {@code aria-describedby}.
     */
    public FieldMessages(String id, MarkupContainer group, String markupId) {
        super(id, new ContainerFeedbackMessageFilter(group));
        setOutputMarkupId(true);
        setMarkupId(markupId);
    }

    /**
     * The error text of one component only (an input, or a group whose own messages are shown apart from those of
     * the inputs inside it), under the given markup id for its {@code aria-describedby}: for components whose
     * Wicket id repeats on the page (rows of a list), where {@link #FieldMessages(String, FormComponent)}'s markup
     * id would not be unique.
     */
    public static FieldMessages of(String id, Component reporter, String markupId) {
        return new FieldMessages(id, new ComponentFeedbackMessageFilter(reporter), markupId);
    }

    private FieldMessages(String id, IFeedbackMessageFilter filter, String markupId) {
        super(id, filter);
        setOutputMarkupId(true);
        setMarkupId(markupId);
    }

    /** Adds the field with its error display to the form, wiring aria-invalid and aria-describedby. */
    public static <T extends FormComponent<?>> T attachTo(T field, String hintId) {
        String describedBy = field.getId() + "-error" + (hintId == null ? "" : " " + hintId);
        field.add(FieldErrors.ariaInvalid(describedBy));
        return field;
    }

    @Override
    protected String getCSSClass(org.apache.wicket.feedback.FeedbackMessage message) {
        return "invalid-feedback d-block";
    }
}
