package org.ketaminetraining.certification.signing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a certificate asserts, and nothing else: the exact facts the signature vouches for.
 *
 * <p>Why a separate, strict value: whatever is signed must have one unambiguous meaning and one byte form
 * ({@link CanonicalPayload}). So the constructor refuses what could be written or read two ways, and normalises
 * what people write two ways without meaning to:
 * <ul>
 *   <li>Text (name, titles, ids, provider) is put in Unicode NFC, so "Zoë" typed with a combining diaeresis and with
 *       a precomposed ë is one name; it must not be blank, must not start or end with white space, and must not
 *       contain control characters (they cannot be seen on paper) or unpaired surrogates (they cannot be UTF-8).</li>
 *   <li>The score is an integer per mille (875 means 87.5 %), never a floating-point number: a double has no
 *       single decimal spelling ({@code 0.875} vs {@code 8.75E-1}, or {@code 0.1 + 0.2}), and per mille is exact
 *       for every fraction of a whole-question assessment worth certifying while needing no rules for trailing
 *       zeros as a decimal string would. Rounding a raw score to per mille (down, so a certificate never
 *       overstates) is the issuer's business; this class only checks 0..1000.</li>
 *   <li>Contact hours, when given, are a non-negative decimal with at most two decimal places, stored without
 *       trailing zeros ({@code 7.50} becomes {@code 7.5}) so that equal amounts are equal payloads.</li>
 *   <li>Assessed revisions are kept sorted by question id; a question may appear only once, and at least one must
 *       appear.</li>
 *   <li>Dates are calendar dates (the certificate's own, in the issuer's zone) in years 1900 to 9999, so that
 *       their ISO-8601 form is always {@code yyyy-mm-dd}; the expiry is after the issue date.</li>
 * </ul>
 *
 * <p>Whether a score passes, and how long a certificate lasts, are the certification rules' decisions, not this
 * class's.
 *
 * @param verificationCode the code for the public verification page
 * @param holderName the holder's name as it appears on the certificate
 * @param programmeId the programme's stable id, for example {@code ketamine-sedation}
 * @param programmeTitle the programme's title as printed
 * @param curriculumVersion the version of the curriculum the holder was assessed against, for example
 *     {@code 2025.1}
 * @param assessedRevisions the questions of the final assessment at the revisions answered, sorted by question id
 * @param scorePerMille the final assessment's score in thousandths, 0 to 1000
 * @param issuedOn the issue date
 * @param expiresOn the expiry date, after {@code issuedOn}
 * @param provider the organisation issuing the certificate
 * @param contactHours the hours of training to credit, if the programme states them
 */
public record CertificatePayload(
        VerificationCode verificationCode,
        String holderName,
        String programmeId,
        String programmeTitle,
        String curriculumVersion,
        List<AssessedRevision> assessedRevisions,
        int scorePerMille,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String provider,
        Optional<BigDecimal> contactHours) {

    /** Longest text accepted in any one field, in characters: a certificate is not a document store. */
    static final int MAX_TEXT_LENGTH = 300;
    static final int MAX_SCORE = 1000;
    static final int MAX_REVISIONS = 10_000;
    private static final BigDecimal MAX_CONTACT_HOURS = new BigDecimal("100000");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    public CertificatePayload {
        Objects.requireNonNull(verificationCode, "verification code is missing");
        holderName = text("holder name", holderName);
        programmeId = text("programme id", programmeId);
        programmeTitle = text("programme title", programmeTitle);
        curriculumVersion = text("curriculum version", curriculumVersion);
        provider = text("provider", provider);
        assessedRevisions = sortedRevisions(assessedRevisions);
        if (scorePerMille < 0 || scorePerMille > MAX_SCORE) {
            throw new IllegalArgumentException("score must be 0 to 1000 per mille, was " + scorePerMille);
        }
        date("issue date", issuedOn);
        date("expiry date", expiresOn);
        if (!expiresOn.isAfter(issuedOn)) {
            throw new IllegalArgumentException("expiry date " + expiresOn + " must be after the issue date "
                    + issuedOn);
        }
        contactHours = hours(contactHours);
    }

    private static String text(String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC);
        if (normalised.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        if (normalised.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (Character.isWhitespace(normalised.codePointAt(0))
                || Character.isWhitespace(normalised.codePointBefore(normalised.length()))) {
            throw new IllegalArgumentException(what + " must not start or end with white space, was '"
                    + normalised + "'");
        }
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(what + " contains a control character (U+"
                        + String.format("%04X", (int) c) + ") at position " + (i + 1));
            }
            if (Character.isHighSurrogate(c) && i + 1 < normalised.length()
                    && Character.isLowSurrogate(normalised.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " contains an unpaired surrogate at position " + (i + 1));
            }
        }
        return normalised;
    }

    private static List<AssessedRevision> sortedRevisions(List<AssessedRevision> revisions) {
        if (revisions == null) {
            throw new IllegalArgumentException("assessed revisions are missing");
        }
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("at least one assessed revision is needed");
        }
        if (revisions.size() > MAX_REVISIONS) {
            throw new IllegalArgumentException("more than " + MAX_REVISIONS + " assessed revisions");
        }
        List<AssessedRevision> sorted = new ArrayList<>(revisions.size());
        for (AssessedRevision revision : revisions) {
            sorted.add(Objects.requireNonNull(revision, "an assessed revision is missing (null)"));
        }
        sorted.sort(null);
        Set<String> seen = new HashSet<>();
        for (AssessedRevision revision : sorted) {
            if (!seen.add(revision.questionId())) {
                throw new IllegalArgumentException("question " + revision.questionId()
                        + " is listed more than once among the assessed revisions");
            }
        }
        return List.copyOf(sorted);
    }

    private static void date(String what, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new IllegalArgumentException(what + " must be in the years 1900 to 9999, was " + date);
        }
    }

    private static Optional<BigDecimal> hours(Optional<BigDecimal> hours) {
        if (hours == null) {
            throw new IllegalArgumentException("contact hours must be given as an Optional, empty if none");
        }
        if (hours.isEmpty()) {
            return hours;
        }
        BigDecimal value = hours.get();
        if (value.signum() < 0 || value.compareTo(MAX_CONTACT_HOURS) >= 0) {
            throw new IllegalArgumentException("contact hours must be 0 or more and below 100000, was "
                    + value.toPlainString());
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new IllegalArgumentException("contact hours may have at most two decimal places, was "
                    + value.toPlainString());
        }
        return Optional.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }
}
