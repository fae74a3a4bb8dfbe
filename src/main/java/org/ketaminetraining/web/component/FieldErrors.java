package org.ketaminetraining.web.component;

import java.util.Map;
import org.apache.wicket.Component;
import org.apache.wicket.MarkupContainer;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.markup.ComponentTag;
import org.apache.wicket.markup.html.form.FormComponent;
import org.ketaminetraining.people.ValidationException;

/** Puts a service's refusal next to the fields it names, and marks invalid fields for assistive technology. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Shows each message on the form component whose id is the field name, or on the container when no such
     * component exists.
     */
    public static void show(MarkupContainer container, ValidationException refusal) {
        for (Map.Entry<String, String> entry : refusal.messagesByField().entrySet()) {
            Component field = container.visitChildren(FormComponent.class, (FormComponent<?> c,
                    org.apache.wicket.util.visit.IVisit<Component> visit) -> {
                if (c.getId().equals(entry.getKey())) {
                    visit.stop(c);
                }
            });
            (field != null ? field : container).error(entry.getValue());
        }
    }

    /**
     * Adds {@code aria-invalid} and Bootstrap's {@code is-invalid} when the field has an error, and
     * {@code aria-describedby} pointing at the field's hint and error text.
     */
    public static Behavior ariaInvalid(String describedById) {
        return new Behavior() {
            private static final long serialVersionUID = 1L;

            @Override
            public void onComponentTag(Component component, ComponentTag tag) {
                if (component.hasErrorMessage()) {
                    tag.put("aria-invalid", "true");
                    tag.append("class", "is-invalid", " ");
                }
                if (describedById != null) {
                    tag.put("aria-describedby", describedById);
                }
            }
        };
    }
}
