package org.ketaminetraining.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketaminetraining.integration.service.HrReports.AssignedPerson;

/** A person's open assignment of a programme and its due date, for an HR system. */
@JsonbPropertyOrder({"username", "name", "programmeId", "programme", "reason", "dueOn", "dueState", "daysLeft",
    "assignedAt"})
@Schema(description = "A person's open assignment of one programme")
public record AssignmentEntry(String username, String name, String programmeId, String programme,
        @Schema(description = "Why the person has it, in words") String reason, LocalDate dueOn,
        @Schema(description = "met, due, due-soon or overdue") String dueState,
        @Schema(description = "Days until the due date; negative when overdue") Long daysLeft, Instant assignedAt) {

    static AssignmentEntry of(AssignedPerson person) {
        var a = person.assignment();
        return new AssignmentEntry(person.username(), person.displayName(), a.programmeId(), a.programmeTitle(),
                a.reason(), a.due().dueOn().orElse(null), CompletionEntry.word(a.due().state()),
                a.due().daysLeft().orElse(null), a.openedAt());
    }
}
