package org.ketaminetraining.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.ketaminetraining.certification.document.CertificatePdf;
import org.ketaminetraining.certification.signing.CertificateSigner;
import org.ketaminetraining.certification.signing.SignedCertificate;
import org.ketaminetraining.platform.AppSettings;

/**
 * Turns a signed certificate into its downloadable files: the printable PDF (with the signed file inside and a QR
 * code to the public verification page), the signed file itself, and the Open Badge.
 */
@ApplicationScoped
public class CertificateRenderer {

    @Inject
    private AppSettings settings;

    /** The public verification page of a certificate, under KT_PUBLIC_URL. */
    public URI verifyUrl(String canonicalCode) {
        return URI.create(settings.publicUrl() + "/verify/" + canonicalCode);
    }

    CertificateFiles files(SignedCertificate certificate, CertificateSigner signer) {
        String code = certificate.payload().verificationCode().canonical();
        byte[] pdf = CertificatePdf.render(certificate, verifyUrl(code));
        return new CertificateFiles(code, pdf, certificate.toBytes(), badge(certificate, signer));
    }

    String badge(SignedCertificate certificate, CertificateSigner signer) {
        throw new UnsupportedOperationException("the Open Badge is merged next");
    }

    String jwk(CertificateSigner signer) {
        throw new UnsupportedOperationException("the JWK is merged next");
    }
}
