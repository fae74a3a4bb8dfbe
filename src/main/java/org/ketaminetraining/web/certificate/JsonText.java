package org.ketaminetraining.web.certificate;

import org.ketaminetraining.certification.json.JsonWriter;

/**
 * Writes the small flat JSON objects of the public API: string members, and members whose value is JSON already
 * (the published key). Strings are escaped by the certification packages' one JSON writer.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder("{");

    static JsonText object() {
        return new JsonText();
    }

    JsonText string(String name, String value) {
        name(name);
        quote(out, value);
        return this;
    }

    /** A member whose value the caller already holds as JSON text. */
    JsonText json(String name, String jsonValue) {
        name(name);
        out.append(jsonValue);
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    private void name(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        quote(out, name);
        out.append(':');
    }

    private static void quote(StringBuilder out, String value) {
        JsonWriter.writeString(out, value);
    }
}
