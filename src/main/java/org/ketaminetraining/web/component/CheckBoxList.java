package org.ketaminetraining.web.component;

import java.util.Collection;
import java.util.List;
import org.apache.wicket.markup.html.form.CheckBoxMultipleChoice;
import org.apache.wicket.markup.html.form.IChoiceRenderer;
import org.apache.wicket.model.IModel;
import org.apache.wicket.util.value.IValueMap;
import org.apache.wicket.util.value.ValueMap;

/**
 * A group of checkboxes, each in its own Bootstrap {@code form-check} with its label, so that the site's styles
 * apply: the box's edge at 3:1 or more, a larger target, and (with the {@code checkbox-list} class on the group's
 * element) options set well apart instead of Wicket's default of every box and label run together on one line.
 */
public class CheckBoxList<T> extends CheckBoxMultipleChoice<T> {

    private static final long serialVersionUID = 1L;

    public CheckBoxList(String id, IModel<? extends Collection<T>> model, List<? extends T> choices) {
        super(id, model, choices);
    }

    public CheckBoxList(String id, IModel<? extends Collection<T>> model, List<? extends T> choices,
            IChoiceRenderer<? super T> renderer) {
        super(id, model, choices, renderer);
    }

    /** Choices read at every render (a vocabulary loaded per request), not fixed when the page is built. */
    public CheckBoxList(String id, IModel<? extends Collection<T>> model, IModel<? extends List<? extends T>> choices,
            IChoiceRenderer<? super T> renderer) {
        super(id, model, choices, renderer);
    }

    @Override
    protected String getPrefix(int index, T choice) {
        return "<div class=\"form-check\">";
    }

    @Override
    protected String getSuffix(int index, T choice) {
        return "</div>";
    }

    @Override
    protected IValueMap getAdditionalAttributes(int index, T choice) {
        return new ValueMap("class=form-check-input");
    }

    @Override
    protected IValueMap getAdditionalAttributesForLabel(int index, T choice) {
        return new ValueMap("class=form-check-label");
    }
}
