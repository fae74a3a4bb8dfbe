package org.ketaminetraining.web.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketaminetraining.certification.signing.VerificationCode;
import org.ketaminetraining.web.component.DisplayTime;

/**
 * How the activity page writes an entry's subject and detail for people. The trail stores what the services
 * wrote, for good: certificate codes in their stored form and instants as {@link Instant#toString()} writes them
 * (to the nanosecond, in UTC). People read codes as printed on certificates and times in the organisation's zone.
 */
final class AuditText {

    /** An instant as {@link Instant#toString()} writes it; seconds and their fraction may be missing. */
    private static final Pattern INSTANT =
            Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z\\b");
    private static final String CERTIFICATE_ACTIONS = "certificate.";

    private AuditText() {
    }

    /** The subject; a certificate's code in groups of four, as printed ({@code K7Q2-9XMD-4HBT-0VWE-ZR3N}). */
    static String subject(String action, String subject) {
        if (subject == null) {
            return "";
        }
        if (action != null && action.startsWith(CERTIFICATE_ACTIONS)) {
            return VerificationCode.parse(subject).map(VerificationCode::toString).orElse(subject);
        }
        return subject;
    }

    /** The detail with every instant in it written as "7 Dec 2026, 14:05" in the given zone. */
    static String detail(String detail, ZoneId zone) {
        if (detail == null) {
            return "";
        }
        Matcher instants = INSTANT.matcher(detail);
        StringBuilder readable = new StringBuilder(detail.length());
        while (instants.find()) {
            instants.appendReplacement(readable, Matcher.quoteReplacement(readable(instants.group(), zone)));
        }
        instants.appendTail(readable);
        return readable.toString();
    }

    private static String readable(String instant, ZoneId zone) {
        try {
            return DisplayTime.readable(Instant.parse(instant), zone);
        } catch (DateTimeParseException notAnInstant) {
            // Shaped like one but no such time (month 13): left as written.
            return instant;
        }
    }
}
