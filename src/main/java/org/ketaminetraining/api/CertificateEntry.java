package org.ketaminetraining.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketaminetraining.certification.service.CompletionReport;

/**
 * A person's latest certificate in a programme, for an HR system: its code (which anyone may check at
 * {@code /api/v1/certificates/{code}}), the dates and where it stands. No score.
 */
@JsonbPropertyOrder({"code", "username", "name", "programmeId", "programme", "status", "issuedOn", "validThrough"})
@Schema(description = "A person's latest certificate in one programme")
public record CertificateEntry(String code, String username, String name, String programmeId, String programme,
        @Schema(description = "The holder's status in the programme: certified, expiring-soon, expired, revoked or"
                + " refresher-due (and, after a newer attempt, studying or assessment-failed)") String status,
        LocalDate issuedOn,
        @Schema(description = "The last day the certificate counts, as printed on it") LocalDate validThrough) {

    static CertificateEntry of(CompletionReport.Row row) {
        return new CertificateEntry(row.certificateCode().orElseThrow(), row.username(), row.displayName(),
                row.programmeId(), row.programmeTitle(), CompletionEntry.word(row.status()),
                row.issuedOn().orElse(null),
                row.validThrough().orElse(null));
    }
}
