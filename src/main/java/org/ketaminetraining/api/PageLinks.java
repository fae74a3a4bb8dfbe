package org.ketaminetraining.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ketaminetraining.integration.PageRequest.Page;

/**
 * Where a page stands in its list: its number (from 1), its size, the rows and pages of the whole list, and the
 * addresses of the next and previous pages (absent on the last and the first).
 */
@JsonbPropertyOrder({"page", "size", "total", "pages", "next", "previous"})
@Schema(description = "Where this page stands in the whole list")
public record PageLinks(int page, int size, int total, int pages, URI next, URI previous) {

    static PageLinks of(Page<?> page, UriInfo uri) {
        return new PageLinks(page.page(), page.size(), page.total(), page.pages(),
                page.hasNext() ? at(uri, page.page() + 1, page.size()) : null,
                page.page() > 1 ? at(uri, Math.min(page.page() - 1, page.pages()), page.size()) : null);
    }

    private static URI at(UriInfo uri, int number, int size) {
        // Relative to the server, so a proxy in front does not leak the address it forwards to.
        URI whole = uri.getRequestUriBuilder().replaceQueryParam("page", number).replaceQueryParam("size", size)
                .build();
        return URI.create(whole.getRawPath() + "?" + whole.getRawQuery());
    }
}
