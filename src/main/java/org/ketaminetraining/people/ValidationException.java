package org.ketaminetraining.people;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that a use case refused, with one plain message per field (the form field's name) so that a page can
 * show each message next to its field. Nothing was changed when this is thrown.
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Map<String, String> messagesByField;

    public ValidationException(Map<String, String> messagesByField) {
        super(String.join("; ", messagesByField.values()));
        if (messagesByField.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one message");
        }
        this.messagesByField = Map.copyOf(new LinkedHashMap<>(messagesByField));
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(Map.of(field, message));
    }

    /** Field name to message. */
    public Map<String, String> messagesByField() {
        return messagesByField;
    }
}
