package org.ketaminetraining.web.component;

import org.apache.wicket.request.resource.CssResourceReference;

/**
 * The style sheet of the pages that show certificates as facts (verification, the holder's certificates, the
 * report and revocation): the definition lists, the status words, the codes in groups of four.
 */
public final class CertificateStyles {

    public static final CssResourceReference CSS = new CssResourceReference(CertificateStyles.class,
            "certificate.css");

    private CertificateStyles() {
    }
}
