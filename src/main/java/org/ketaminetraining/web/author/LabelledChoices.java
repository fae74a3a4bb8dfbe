package org.ketaminetraining.web.author;

import java.util.List;
import org.apache.wicket.markup.html.form.IChoiceRenderer;
import org.apache.wicket.model.IModel;
import org.danekja.java.util.function.serializable.SerializableFunction;

/**
 * A choice renderer from two functions: the words a person reads, and the value the form sends (an id as the files
 * or the URL write it, never a list position, so a list that changes between render and submit cannot pick the
 * wrong entry).
 */
final class LabelledChoices<T> implements IChoiceRenderer<T> {

    private static final long serialVersionUID = 1L;

    private final SerializableFunction<T, String> display;
    private final SerializableFunction<T, String> id;

    private LabelledChoices(SerializableFunction<T, String> display, SerializableFunction<T, String> id) {
        this.display = display;
        this.id = id;
    }

    static <T> LabelledChoices<T> of(SerializableFunction<T, String> display, SerializableFunction<T, String> id) {
        return new LabelledChoices<>(display, id);
    }

    @Override
    public Object getDisplayValue(T value) {
        return display.apply(value);
    }

    @Override
    public String getIdValue(T value, int index) {
        return id.apply(value);
    }

    @Override
    public T getObject(String idValue, IModel<? extends List<? extends T>> choices) {
        return choices.getObject().stream().filter(c -> id.apply(c).equals(idValue)).findFirst().orElse(null);
    }
}
