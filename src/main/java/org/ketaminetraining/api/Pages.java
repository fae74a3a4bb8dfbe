package org.ketaminetraining.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The HR API's paged answers: a page of items and where it stands ({@link PageLinks}). */
public final class Pages {

    private Pages() {
    }

    @JsonbPropertyOrder({"items", "paging"})
    @Schema(description = "A page of completion rows, by name")
    public record CompletionPage(List<CompletionEntry> items, PageLinks paging) {
    }

    @JsonbPropertyOrder({"items", "paging"})
    @Schema(description = "A page of certificates, by holder's name")
    public record CertificatePage(List<CertificateEntry> items, PageLinks paging) {
    }

    @JsonbPropertyOrder({"items", "paging"})
    @Schema(description = "A page of open assignments, by username and due date")
    public record AssignmentPage(List<AssignmentEntry> items, PageLinks paging) {
    }
}
