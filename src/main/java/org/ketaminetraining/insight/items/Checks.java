package org.ketaminetraining.insight.items;

import java.util.Collection;
import java.util.Objects;
import java.util.OptionalDouble;

/** The argument checks the records share, so every message names the field and the value at fault the same way. */
final class Checks {

    private Checks() {
    }

    static String key(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static int atLeast(int value, int minimum, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
        }
        return value;
    }

    static double within(double value, double low, double high, String name) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(name + " must be within [" + low + ", " + high + "], was " + value);
        }
        return value;
    }

    static void within(OptionalDouble value, double low, double high, String name) {
        Objects.requireNonNull(value, name);
        if (value.isPresent()) {
            within(value.getAsDouble(), low, high, name);
        }
    }

    /** No null and, for strings, no blank element: a blank answer category cannot be shown or told apart. */
    static void noNulls(Collection<?> values, String name) {
        Objects.requireNonNull(values, name);
        for (Object value : values) {
            if (value == null) {
                throw new NullPointerException(name + " must not contain null");
            }
            if (value instanceof String text && text.isBlank()) {
                throw new IllegalArgumentException(name + " must not contain a blank entry");
            }
        }
    }
}
