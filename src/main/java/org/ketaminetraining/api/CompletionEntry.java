package org.ketaminetraining.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketaminetraining.certification.service.CompletionReport;

/**
 * One person in one programme, for an HR system: stable member names, ISO dates ({@code 2026-12-07}) and instants
 * ({@code 2026-12-07T09:30:00Z}), statuses as lower-case words with hyphens ({@code expiring-soon}). Absent members
 * (no certificate, nothing due) are left out. Never answers, scores or items.
 */
@JsonbPropertyOrder({"username", "name", "departments", "programmeId", "programme", "status", "progressPercent",
    "certificateCode", "issuedOn", "validThrough", "dueOn", "dueState", "lastActivity"})
@Schema(description = "Where one person stands in one programme")
public record CompletionEntry(String username, String name,
        @Schema(description = "Names of the person's departments that the token may read") List<String> departments,
        String programmeId, String programme,
        @Schema(description = "not-started, studying, assessment-available, assessment-failed, certified, "
                + "expiring-soon, expired, revoked or refresher-due") String status,
        @Schema(description = "Share of the programme's items learned, 0 to 100") int progressPercent,
        String certificateCode, LocalDate issuedOn,
        @Schema(description = "The last day the latest certificate counts, as printed on it") LocalDate validThrough,
        LocalDate dueOn,
        @Schema(description = "not-assigned, met, due, due-soon or overdue") String dueState,
        Instant lastActivity) {

    static CompletionEntry of(CompletionReport.Row row) {
        return new CompletionEntry(row.username(), row.displayName(), row.departments(), row.programmeId(),
                row.programmeTitle(), word(row.status()), row.learnedPercent(), row.certificateCode().orElse(null),
                row.issuedOn().orElse(null), row.validThrough().orElse(null), row.due().dueOn().orElse(null),
                word(row.due().state()), row.lastActivity().orElse(null));
    }

    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
