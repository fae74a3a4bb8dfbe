package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.ketaminetraining.certification.signing.CertificateSigner;
import org.ketaminetraining.certification.signing.SignedCertificate;

/** Turns a signed certificate into its downloadable files: PDF, signed JSON and Open Badge. */
@ApplicationScoped
public class CertificateRenderer {

    CertificateFiles files(SignedCertificate certificate, CertificateSigner signer) {
        throw new UnsupportedOperationException("PDF and badge rendering are merged next");
    }

    String jwk(CertificateSigner signer) {
        throw new UnsupportedOperationException("JWK is merged next");
    }
}
