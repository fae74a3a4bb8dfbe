package org.ketaminetraining.web.assessment;

import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.request.cycle.RequestCycle;

/**
 * The way to the learner's certificates page, mounted at {@code /certificates} by the pages that list and download
 * them. Linked by its path, relative to the application's context root, so that this package does not depend on
 * those pages.
 */
final class CertificatesLink {

    static final String PATH = "certificates";

    private CertificatesLink() {
    }

    static ExternalLink create(String id) {
        return new ExternalLink(id, () -> RequestCycle.get().getUrlRenderer().renderContextRelativeUrl(PATH));
    }
}
