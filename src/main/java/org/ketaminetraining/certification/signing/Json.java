package org.ketaminetraining.certification.signing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.ketaminetraining.certification.json.JsonReader;
import org.ketaminetraining.certification.json.JsonSyntaxException;
import org.ketaminetraining.certification.json.JsonWriter;
import org.ketaminetraining.certification.json.Utf8;

/**
 * The certificate's JSON: the strict reader of {@code certification.json} with this package's refusals on top.
 *
 * <p>A certificate file and its canonical payload hold only objects, arrays, strings and integers (see
 * {@link CanonicalPayload}). So besides what RFC 8259 refuses (including duplicate member names, which two readers
 * could resolve differently), reading here refuses {@code true}, {@code false}, {@code null}, numbers with a
 * fraction or exponent and integers of more than {@value #MAX_DIGITS} digits, each at its place: no signed value
 * uses them, and a reader that let them through would give a second spelling to texts that must have one meaning.
 * Nesting is limited to {@value #MAX_DEPTH} levels (a certificate needs four). Parsed objects are
 * {@link java.util.LinkedHashMap}s, arrays {@link java.util.List}s, strings {@link String}s and integers
 * {@link BigInteger}s; errors are {@link CertificateFormatException}s saying line and column.
 *
 * <p>The class is public for one reason, kept for callers outside this package: {@link #writeString}, which is
 * {@link JsonWriter#writeString}. New code should call that directly.
 */
public final class Json {

    private static final int MAX_DEPTH = 16;
    private static final int MAX_DIGITS = 18;
    private static final JsonReader.Options CERTIFICATE = new JsonReader.Options(MAX_DEPTH,
            JsonReader.Numbers.INTEGER_OR_DECIMAL, Json::refusal);

    private Json() {
    }

    /** Decodes strict UTF-8 (malformed sequences are an error, not replaced), dropping one leading byte order mark. */
    static String decodeUtf8(byte[] bytes) throws CertificateFormatException {
        String text = Utf8.decode(bytes).orElseThrow(() -> new CertificateFormatException("not UTF-8 text"));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Parses one JSON value filling the whole text (white space around it allowed), refusing as said above. */
    static Object parse(String text) throws CertificateFormatException {
        try {
            return JsonReader.parse(text, CERTIFICATE);
        } catch (JsonSyntaxException e) {
            throw new CertificateFormatException("line " + e.line() + ", column " + e.column() + ": " + e.reason());
        }
    }

    /** What a certificate refuses of what JSON allows. */
    private static Optional<String> refusal(Object value) {
        if (value == null || value instanceof Boolean) {
            return Optional.of("true, false and null are not used in certificates");
        } else if (value instanceof BigDecimal) {
            return Optional.of("only whole numbers are used in certificates");
        } else if (value instanceof BigInteger integer && integer.abs().toString().length() > MAX_DIGITS) {
            return Optional.of("number is too long");
        }
        return Optional.empty();
    }

    /**
     * Appends a JSON string by RFC 8259's mandatory escapes and no more (RFC 8785's rule); see
     * {@link JsonWriter#writeString}, which this is.
     */
    public static void writeString(StringBuilder out, String value) {
        JsonWriter.writeString(out, value);
    }
}
