package org.ketaminetraining.certification.signing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketaminetraining.certification.json.JsonWriter;

/**
 * The one byte sequence a {@link CertificatePayload} is signed as, and the way back from it.
 *
 * <p>Why canonical: a signature covers bytes, not meaning. If the same certificate could be written as two byte
 * sequences (keys in another order, a space after a colon, {@code é} escaped as {@code \u00e9}), a verifier
 * rebuilding the bytes could get the other one and reject a genuine certificate. So the form below admits exactly
 * one spelling of each payload, and {@link #parse(byte[])} refuses any other.
 *
 * <h2>The canonical form, version 1</h2>
 * The canonical payload is the UTF-8 encoding (no byte order mark, no trailing newline) of one JSON object
 * (RFC 8259):
 * <ul>
 *   <li>No white space outside strings: members are separated by {@code ,}, names from values by {@code :}.</li>
 *   <li>Members in ascending order of name (all names are ASCII, so byte order, code point order and RFC 8785's
 *       UTF-16 order agree). An absent optional member is left out, never {@code null}.</li>
 *   <li>Strings are in Unicode NFC and escape only what RFC 8259 requires: {@code "} as {@code \"}, {@code \} as
 *       {@code \\}, and characters below U+0020 as {@code \b \t \n \f \r} or {@code \}{@code u00xx} (lower-case
 *       hex); every other character, including non-ASCII letters, {@code /} and U+2028, is written as its UTF-8
 *       bytes. (A valid payload holds no control characters, so in practice only {@code "} and {@code \} are
 *       escaped.)</li>
 *   <li>Numbers are integers in plain decimal: no sign unless negative, no leading zeros, no fraction or exponent.
 *       Values that are not whole numbers (contact hours) are strings.</li>
 *   <li>Dates are strings in ISO-8601 calendar form {@code yyyy-mm-dd}.</li>
 * </ul>
 * Its members, in canonical order:
 * <pre>
 * assessedRevisions  array of {"questionId":string,"revision":integer}, sorted by questionId (ASCII order),
 *                    each question once
 * contactHours       string, plain decimal without trailing zeros ("7.5", "12"); absent if not stated
 * curriculumVersion  string
 * expiresOn          string, date
 * format             string, always "ketamine-training-certificate/1"
 * holderName         string
 * issuedOn           string, date
 * programmeId        string
 * programmeTitle     string
 * provider           string
 * scorePerMille      integer, 0..1000 (875 = 87.5 %)
 * verificationCode   string, the code's 20 canonical Crockford base32 symbols without hyphens
 * </pre>
 * For this data the form coincides with RFC 8785 (JSON Canonicalization Scheme) and with the output of
 * {@code jq --sort-keys --compact-output --join-output}, so a verifier without Java can rebuild the bytes with
 * either. The tests hold this to an independent RFC 8785 implementation ({@code Rfc8785Test}, with
 * java-json-canonicalization 1.1 in test scope), for generated payloads and for the certificates issued before.
 * That library does not make the bytes here, for two reasons: it reads numbers as IEEE doubles, as RFC 8785 says
 * (measured: {@code 12345678901234567890} comes out as {@code 12345678901234567000}), which is harmless for these
 * integers but a trap for anyone who adds one; and it would put a jar on the path of the offline verifier, which
 * runs on a bare JDK. Writing the twelve members in the order above is this class's whole canonicaliser. The {@code format} member is signed too: a later version of this form will have another value, so no
 * payload can be read under the wrong rules.
 */
public final class CanonicalPayload {

    /** The value of the {@code format} member for the form documented above. */
    public static final String FORMAT = "ketamine-training-certificate/1";

    private static final Set<String> MEMBERS = Set.of("assessedRevisions", "contactHours", "curriculumVersion",
            "expiresOn", "format", "holderName", "issuedOn", "programmeId", "programmeTitle", "provider",
            "scorePerMille", "verificationCode");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private CanonicalPayload() {
    }

    /** The canonical bytes of a payload, as documented on this class. */
    public static byte[] toBytes(CertificatePayload payload) {
        return toJson(payload).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical form as text (the bytes are its UTF-8 encoding), for embedding in a certificate file. */
    public static String toJson(CertificatePayload payload) {
        StringBuilder out = new StringBuilder(512);
        out.append("{\"assessedRevisions\":[");
        List<AssessedRevision> revisions = payload.assessedRevisions();
        for (int i = 0; i < revisions.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"questionId\":");
            JsonWriter.writeString(out, revisions.get(i).questionId());
            out.append(",\"revision\":").append(revisions.get(i).revision()).append('}');
        }
        out.append(']');
        payload.contactHours().ifPresent(hours -> member(out, "contactHours", hours.toPlainString()));
        member(out, "curriculumVersion", payload.curriculumVersion());
        member(out, "expiresOn", payload.expiresOn().toString());
        member(out, "format", FORMAT);
        member(out, "holderName", payload.holderName());
        member(out, "issuedOn", payload.issuedOn().toString());
        member(out, "programmeId", payload.programmeId());
        member(out, "programmeTitle", payload.programmeTitle());
        member(out, "provider", payload.provider());
        out.append(",\"scorePerMille\":").append(payload.scorePerMille());
        member(out, "verificationCode", payload.verificationCode().canonical());
        return out.append('}').toString();
    }

    private static void member(StringBuilder out, String name, String value) {
        out.append(",\"").append(name).append("\":");
        JsonWriter.writeString(out, value);
    }

    /**
     * Reads canonical bytes back into the payload they encode. Anything that is not exactly the canonical form of a
     * valid payload is refused, including valid JSON with the right content spelled differently (other key order,
     * white space, needless escapes), because such bytes were not produced by {@link #toBytes} and a signature
     * over them means something else.
     *
     * @throws CertificateFormatException saying what is wrong and, for JSON syntax, where
     */
    public static CertificatePayload parse(byte[] canonicalBytes) throws CertificateFormatException {
        CertificatePayload payload = fromJson(Json.parse(Json.decodeUtf8(canonicalBytes)));
        byte[] expected = toBytes(payload);
        if (!java.util.Arrays.equals(expected, canonicalBytes)) {
            int at = java.util.Arrays.mismatch(expected, canonicalBytes);
            throw new CertificateFormatException("payload is valid JSON but not in canonical form (first difference"
                    + " at byte " + at + ")");
        }
        return payload;
    }

    /** Builds a payload from a parsed JSON object holding the members documented above, in any order. */
    static CertificatePayload fromJson(Object json) throws CertificateFormatException {
        if (!(json instanceof Map<?, ?> object)) {
            throw new CertificateFormatException("payload must be a JSON object");
        }
        for (Object name : object.keySet()) {
            if (!MEMBERS.contains(name)) {
                throw new CertificateFormatException("payload has an unknown member \"" + name + "\"");
            }
        }
        String format = string(object, "format");
        if (!format.equals(FORMAT)) {
            throw new CertificateFormatException("payload format is \"" + format + "\", this program reads \""
                    + FORMAT + "\"");
        }
        VerificationCode code = VerificationCode.parse(string(object, "verificationCode"))
                .filter(c -> c.canonical().equals(object.get("verificationCode")))
                .orElseThrow(() -> new CertificateFormatException(
                        "payload member \"verificationCode\" is not 20 canonical Crockford base32 symbols"));
        Optional<BigDecimal> contactHours = Optional.empty();
        if (object.containsKey("contactHours")) {
            String hours = string(object, "contactHours");
            if (!DECIMAL.matcher(hours).matches()) {
                throw new CertificateFormatException("payload member \"contactHours\" must be a plain decimal like"
                        + " \"7.5\", was \"" + hours + "\"");
            }
            contactHours = Optional.of(new BigDecimal(hours));
        }
        try {
            return new CertificatePayload(code, string(object, "holderName"), string(object, "programmeId"),
                    string(object, "programmeTitle"), string(object, "curriculumVersion"), revisions(object),
                    integer(object, "scorePerMille"), date(object, "issuedOn"), date(object, "expiresOn"),
                    string(object, "provider"), contactHours);
        } catch (IllegalArgumentException e) {
            throw new CertificateFormatException("payload: " + e.getMessage(), e);
        }
    }

    private static List<AssessedRevision> revisions(Map<?, ?> object) throws CertificateFormatException {
        Object value = required(object, "assessedRevisions");
        if (!(value instanceof List<?> list)) {
            throw new CertificateFormatException("payload member \"assessedRevisions\" must be an array");
        }
        List<AssessedRevision> revisions = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> element) || element.size() != 2
                    || !(element.get("questionId") instanceof String id)
                    || !(element.get("revision") instanceof BigInteger revision)) {
                throw new CertificateFormatException("assessedRevisions[" + i + "] must be an object with exactly"
                        + " a string \"questionId\" and a whole-number \"revision\"");
            }
            if (revision.bitLength() > 31) {
                throw new CertificateFormatException("assessedRevisions[" + i + "].revision is out of range");
            }
            try {
                revisions.add(new AssessedRevision(id, revision.intValue()));
            } catch (IllegalArgumentException e) {
                throw new CertificateFormatException("assessedRevisions[" + i + "]: " + e.getMessage(), e);
            }
        }
        return revisions;
    }

    private static Object required(Map<?, ?> object, String name) throws CertificateFormatException {
        Object value = object.get(name);
        if (value == null) {
            throw new CertificateFormatException("payload member \"" + name + "\" is missing");
        }
        return value;
    }

    private static String string(Map<?, ?> object, String name) throws CertificateFormatException {
        if (!(required(object, name) instanceof String value)) {
            throw new CertificateFormatException("payload member \"" + name + "\" must be a string");
        }
        return value;
    }

    private static int integer(Map<?, ?> object, String name) throws CertificateFormatException {
        if (!(required(object, name) instanceof BigInteger value) || value.bitLength() > 31) {
            throw new CertificateFormatException("payload member \"" + name + "\" must be a whole number");
        }
        return value.intValue();
    }

    private static LocalDate date(Map<?, ?> object, String name) throws CertificateFormatException {
        String text = string(object, name);
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new CertificateFormatException("payload member \"" + name + "\" must be a date like \"2025-03-01\","
                + " was \"" + text + "\"");
    }
}
