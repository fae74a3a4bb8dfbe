package org.ketaminetraining.certification.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The one definition of a certificate's last valid day and the one way its days are written for people, so that
 * the certificate, the public verification page, the holder's pages, the completion report and its CSV never
 * disagree (a report once said "Expires 2 December 2028" beside a certificate reading "Valid through 1 December
 * 2028": both true, read as a contradiction).
 *
 * <p>People read the last day a certificate counts ("valid through"), never the expiry date, which is the first
 * day it no longer counts: printed after "valid until" or "expires" that day invites the reading that it still
 * counts on it. Machines keep the expiry date ({@code expiresOn} in the signed file and the JSON, the badge's
 * {@code validUntil} instant), where "the first moment it is invalid" is what the formats define.
 *
 * <p>Days are written "1 December 2028" (English month names, as the interface is in English), which nobody can
 * take for 12 January.
 */
public final class CertificateDates {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private CertificateDates() {
    }

    /** The last day on which a certificate that expires on {@code expiresOn} is in force: the day before. */
    public static LocalDate validThrough(LocalDate expiresOn) {
        return Objects.requireNonNull(expiresOn, "expiresOn").minusDays(1);
    }

    /** A certificate's day as people read it: "1 December 2028". */
    public static String inWords(LocalDate day) {
        return WORDS.format(Objects.requireNonNull(day, "day"));
    }
}
