package org.ketaminetraining.certification.badge;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ketaminetraining.certification.json.JsonWriter;
import org.ketaminetraining.certification.signing.CertificatePayload;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (1EdTech Open Badges Specification 3.0, a
 * W3C Verifiable Credential, VC Data Model 2.0), unsigned; {@link BadgeSigner} makes it verifiable.
 *
 * <p>What the certificate says goes where the specification puts it:
 * <ul>
 *   <li>{@code @context}: the VC 2.0 context, then the Open Badges context {@value #OB_CONTEXT}, in that order,
 *       as the specification requires.</li>
 *   <li>{@code issuer}: a {@code Profile} with the site's base URL as id and the certificate's provider as name.
 *       </li>
 *   <li>{@code validFrom}, {@code validUntil}: the issue date and the expiry date at 00:00:00 UTC. A certificate
 *       has calendar dates in the issuer's zone, not instants, and its expiry date is the first day it is no longer
 *       in force ({@code CertificateValidity.expiresOn()}), which is exactly what {@code validUntil} means ("after
 *       this time, the credential should be considered invalid"). Midnight UTC is the simple, reproducible
 *       reading; for an issuer east of Greenwich the badge becomes valid, and lapses, a few hours after local
 *       midnight, west of it a few hours before. The certificate itself remains the authority on dates.</li>
 *   <li>{@code credentialSubject}: an {@code AchievementSubject}. AchievementSubject has no {@code name}
 *       property; the specification identifies the recipient by {@code id} and/or {@code identifier} entries
 *       ({@code IdentityObject}), and lists {@code name} among the identity types. So the holder's name is an
 *       {@code IdentityObject} with {@code identityType} "name", {@code hashed} false and the name, in NFC, as
 *       {@code identityHash} (which holds "either the IdentityHash of the identity or the plaintext value"). It is
 *       in plain text because a reader of the badge must be able to see whose it is, as on the paper
 *       certificate. The subject's {@code id} is the credential id with fragment {@code #recipient}: the VC-JWT
 *       format requires a {@code sub} claim equal to {@code credentialSubject.id}, and the certificate knows no
 *       other identifier for its holder (no e-mail address, no DID) that could be published.</li>
 *   <li>{@code achievement}: what was certified, the same for every holder of this programme and curriculum
 *       version: id, name (programme title), description, {@code achievementType} "Certification" (time-limited,
 *       renewable, awarded on assessment), {@code criteria.narrative} saying what passing meant, {@code humanCode}
 *       (programme id), {@code version} (curriculum version), {@code creditsAvailable} (contact hours, when the
 *       programme states them) and a {@code resultDescription} for the final assessment score in percent.</li>
 *   <li>The holder's own results: {@code creditsEarned} (the contact hours) and a {@code result} with the score in
 *       percent, exact ({@code 875} per mille is {@code "87.5"}).</li>
 *   <li>{@code evidence}: the public verification page, which shows whether the certificate is genuine and whether
 *       it is in force, expired or revoked; the verification code is named in its description.</li>
 * </ul>
 * Key order is fixed (the order above), and the JSON has no white space, so the same certificate and addresses
 * always give the same text.
 */
public final class OpenBadgeCredential {

    /** The W3C Verifiable Credentials 2.0 context, which must come first. */
    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** The Open Badges 3.0 context, which must come second; 3.0.3 is the current one. */
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** Fragment of the credential id that names its subject. */
    static final String SUBJECT_FRAGMENT = "recipient";
    /** Fragment of the achievement id that names the description of its score. */
    static final String SCORE_FRAGMENT = "final-assessment-score";

    private OpenBadgeCredential() {
    }

    /**
     * The credential for a certificate, as compact JSON.
     *
     * @param payload the signed facts of the certificate
     * @param issuer the issuing site
     * @param credentialId the credential's own URL, without fragment
     * @param achievementId the URL of the achievement (one per programme and curriculum version), without fragment
     * @param verifyPage the public verification page of this certificate
     * @throws IllegalArgumentException if an address is not an absolute http(s) URL, or has a fragment or query
     */
    public static String unsignedJson(CertificatePayload payload, BadgeIssuer issuer, URI credentialId,
            URI achievementId, URI verifyPage) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(issuer, "issuer");
        requireHttp("credential id", credentialId, false);
        requireHttp("achievement id", achievementId, false);
        requireHttp("verify page", verifyPage, true);

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", credentialId.toString());
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", object("id", issuer.id().toString(), "type", List.of("Profile"),
                "name", payload.provider()));
        credential.put("validFrom", dateTime(payload.issuedOn()));
        credential.put("validUntil", dateTime(payload.expiresOn()));
        credential.put("name", payload.programmeTitle());
        credential.put("credentialSubject", subject(payload, credentialId, achievementId));
        credential.put("evidence", List.of(object("id", verifyPage.toString(), "type", List.of("Evidence"),
                "name", "Public verification page",
                "description", "The issuer's public page for verification code " + payload.verificationCode()
                        + ": it shows whether this certificate is genuine and whether it is in force, expired or "
                        + "revoked.")));
        return JsonWriter.write(credential);
    }

    private static Map<String, Object> subject(CertificatePayload payload, URI credentialId, URI achievementId) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", credentialId + "#" + SUBJECT_FRAGMENT);
        subject.put("type", List.of("AchievementSubject"));
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("type", "IdentityObject");
        name.put("hashed", false);
        name.put("identityHash", payload.holderName());
        name.put("identityType", "name");
        subject.put("identifier", List.of(name));
        subject.put("achievement", achievement(payload, achievementId));
        payload.contactHours().ifPresent(hours -> subject.put("creditsEarned", hours));
        subject.put("result", List.of(object("type", List.of("Result"),
                "resultDescription", achievementId + "#" + SCORE_FRAGMENT,
                "value", percent(payload.scorePerMille()))));
        return subject;
    }

    private static Map<String, Object> achievement(CertificatePayload payload, URI achievementId) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", achievementId.toString());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certification");
        achievement.put("name", payload.programmeTitle());
        achievement.put("description", "Certifies that the holder completed the study programme “"
                + payload.programmeTitle() + "” of " + payload.provider() + " and passed its final assessment.");
        achievement.put("criteria", object("narrative", criteriaNarrative(payload)));
        achievement.put("humanCode", payload.programmeId());
        achievement.put("version", payload.curriculumVersion());
        payload.contactHours().ifPresent(hours -> achievement.put("creditsAvailable", hours));
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("id", achievementId + "#" + SCORE_FRAGMENT);
        score.put("type", List.of("ResultDescription"));
        score.put("name", "Final assessment score");
        score.put("resultType", "Percent");
        score.put("valueMin", "0");
        score.put("valueMax", "100");
        achievement.put("resultDescription", List.of(score));
        return achievement;
    }

    /**
     * What passing meant, true of every holder of this achievement: the study programme completed, then the final
     * assessment passed under the certification rules ({@code certification.rules.AssessmentResult}): the pass
     * mark reached and, where the programme's blueprint requires it, every safety-critical question right.
     */
    static String criteriaNarrative(CertificatePayload payload) {
        return "Complete the study programme “" + payload.programmeTitle() + "” (curriculum version "
                + payload.curriculumVersion() + "), then pass its final assessment: a score at or above the "
                + "programme's pass mark and, where the programme requires it, every safety-critical question "
                + "answered correctly. The certification is time-limited; it is renewed by passing a renewal "
                + "assessment before it expires.";
    }

    /** A score in per mille as an exact percentage without trailing zeros: 875 is "87.5", 1000 is "100". */
    static String percent(int perMille) {
        return BigDecimal.valueOf(perMille, 1).stripTrailingZeros().toPlainString();
    }

    /** A date at 00:00:00 UTC, in the XML Schema dateTime form with a Z: {@code 2025-03-01T00:00:00Z}. */
    static String dateTime(LocalDate date) {
        return DateTimeFormatter.ISO_INSTANT.format(instant(date));
    }

    static Instant instant(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** An absolute http(s) URL with a host; without fragment unless allowed (ids get fragments appended). */
    private static void requireHttp(String what, URI uri, boolean fragmentAllowed) {
        Objects.requireNonNull(uri, what);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URL, was " + uri);
        }
        if (!fragmentAllowed && uri.getRawFragment() != null) {
            throw new IllegalArgumentException(what + " must have no fragment, was " + uri);
        }
    }

    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
