package org.ketaminetraining.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.Locale;
import org.ketaminetraining.certification.service.Verification;

/**
 * The public answer about a verification code as JSON: for a known code its status ({@code valid}, {@code expired},
 * {@code revoked}), holder, programme and dates; for an unknown or malformed one only
 * {@code {"status":"unknown"}} (JSON-B leaves out the absent members). An Open Badge's {@code id} points here, so
 * the members and their order are a published contract.
 */
@JsonbPropertyOrder({"code", "status", "holderName", "programme", "issuedOn", "expiresOn", "validThrough"})
public record VerificationAnswer(String code, String status, String holderName, String programme,
        LocalDate issuedOn, LocalDate expiresOn, LocalDate validThrough) {

    static final String UNKNOWN = "unknown";

    public static VerificationAnswer of(Verification verification) {
        if (verification.outcome() == Verification.Outcome.UNKNOWN || verification.details().isEmpty()) {
            return new VerificationAnswer(null, UNKNOWN, null, null, null, null, null);
        }
        Verification.Details d = verification.details().get();
        return new VerificationAnswer(d.code(), verification.outcome().name().toLowerCase(Locale.ROOT),
                d.holderName(), d.programmeTitle(), d.issuedOn(), d.expiresOn(), d.validThrough());
    }
}
