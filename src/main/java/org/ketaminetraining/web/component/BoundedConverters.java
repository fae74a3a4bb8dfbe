package org.ketaminetraining.web.component;

import java.util.Locale;
import org.apache.wicket.IConverterLocator;
import org.apache.wicket.util.convert.ConversionException;
import org.apache.wicket.util.convert.IConverter;

/**
 * The application's converters, each refusing a text longer than {@link #MAX_LENGTH} characters before it converts
 * it.
 *
 * <p>Why: Wicket's number converters take time quadratic in the length of what they parse (measured on Java 17:
 * 10,000 digits 0.4 s, 30,000 digits 1.9 s, 60,000 digits 7.7 s, where the JDK's own parser needs 20 ms), so one
 * request with a long "number" ties up a server thread for minutes. No number, date or choice a person types here
 * is anywhere near this long, so the bound costs nothing and is checked in constant time. Text fields convert
 * nothing (their bound is their maximum-length validator), so strings pass through untouched.
 */
public final class BoundedConverters implements IConverterLocator {

    private static final long serialVersionUID = 1L;

    /** Longest text any converter is given: more than any number or date needs, far below where time grows. */
    public static final int MAX_LENGTH = 40;

    /** The resource key of the refusal; its text can use ${label} and ${maximum}. */
    public static final String TOO_LONG = "InputBounds.tooLong";

    private final IConverterLocator converters;

    public BoundedConverters(IConverterLocator converters) {
        this.converters = converters;
    }

    @Override
    public <C> IConverter<C> getConverter(Class<C> type) {
        IConverter<C> converter = converters.getConverter(type);
        return converter == null || type == String.class ? converter : new Bounded<>(converter);
    }

    /** One converter, bounded. */
    private record Bounded<C>(IConverter<C> converter) implements IConverter<C> {

        private static final long serialVersionUID = 1L;

        @Override
        public C convertToObject(String value, Locale locale) {
            if (value != null && value.length() > MAX_LENGTH) {
                throw new ConversionException("input of " + value.length() + " characters is longer than "
                        + MAX_LENGTH).setResourceKey(TOO_LONG).setVariable("maximum", MAX_LENGTH);
            }
            return converter.convertToObject(value, locale);
        }

        @Override
        public String convertToString(C value, Locale locale) {
            return converter.convertToString(value, locale);
        }
    }
}
